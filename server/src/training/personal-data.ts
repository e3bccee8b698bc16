import { Types } from 'mongoose';
import type { TrainingContext } from './context';
import { registerPersonalDataSource } from '../privacy/personal-data';
import { TrainingCertificateModel } from './certificate.model';
import { TrainingRegistrationModel } from './registration.model';
import { promoteIn } from './registration.service';
import { releasePlace } from './seats';

/**
 * Training registrations are personal data: exported with the account, and deleted with it.
 * A place the person still held is given back and the waiting list moves up. Certificates stay, without the account link:
 * they state a fact others may need to check.
 */
let context: TrainingContext | null = null;

/** The routes hand over their context, so a place freed by a deletion moves the waiting list up. */
export function usePrivacyContext(ctx: TrainingContext): void {
  context = ctx;
}

registerPersonalDataSource({
  key: 'trainingRegistrations',
  async collect(userId) {
    const id = new Types.ObjectId(userId);
    const [registrations, certificates] = await Promise.all([
      TrainingRegistrationModel.find({ userId: id }).lean(),
      TrainingCertificateModel.find({ userId: id }).lean(),
    ]);
    return [
      ...registrations.map((r) => ({
        kind: 'registration',
        id: r._id.toHexString(),
        offerId: r.offerId.toHexString(),
        sessionId: r.sessionId.toHexString(),
        name: r.name,
        organisation: r.organisation,
        email: r.email,
        status: r.status,
        checkedInAt: r.checkedInAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      })),
      ...certificates.map((c) => ({
        kind: 'certificate',
        code: c.code,
        name: c.name,
        offerTitle: c.offerTitle,
        date: c.sessionStartsAt.toISOString(),
      })),
    ];
  },
  async forget(userId) {
    const id = new Types.ObjectId(userId);
    const registrations = await TrainingRegistrationModel.find({ userId: id }).lean();
    for (const registration of registrations) {
      await TrainingRegistrationModel.deleteOne({ _id: registration._id });
      if ((await releasePlace(registration._id)) && context)
        await promoteIn(context, registration.sessionId);
    }
    await TrainingCertificateModel.updateMany({ userId: id }, { $set: { userId: null } });
  },
});
