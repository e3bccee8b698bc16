import { Types } from 'mongoose';
import type { TrainingContext } from './context';
import type { PersonalData } from '../privacy/personal-data';
import { TrainingOfferModel } from './offer.model';
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

export const trainingPersonalData: PersonalData[] = [
  {
    model: 'TrainingRegistration',
    userPaths: ['userId'],
    retention:
      'until a set time after the event (then deleted); with the account at once, freeing the place',
    export: {
      key: 'trainingRegistrations',
      async collect(userId) {
        const registrations = await TrainingRegistrationModel.find({
          userId: new Types.ObjectId(userId),
        }).lean();
        return registrations.map((r) => ({
          id: r._id.toHexString(),
          offerId: r.offerId.toHexString(),
          sessionId: r.sessionId.toHexString(),
          name: r.name,
          organisation: r.organisation,
          email: r.email,
          status: r.status,
          checkedInAt: r.checkedInAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      const registrations = await TrainingRegistrationModel.find({
        userId: new Types.ObjectId(userId),
      }).lean();
      for (const registration of registrations) {
        await TrainingRegistrationModel.deleteOne({ _id: registration._id });
        if ((await releasePlace(registration._id)) && context)
          await promoteIn(context, registration.sessionId);
      }
    },
  },
  {
    model: 'TrainingCertificate',
    userPaths: ['userId'],
    retention: 'kept: it states a fact others may need to check; the account link goes with it',
    export: {
      key: 'trainingCertificates',
      async collect(userId) {
        const certificates = await TrainingCertificateModel.find({
          userId: new Types.ObjectId(userId),
        }).lean();
        return certificates.map((c) => ({
          id: c._id.toHexString(),
          code: c.code,
          name: c.name,
          offerTitle: c.offerTitle,
          date: c.sessionStartsAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      await TrainingCertificateModel.updateMany(
        { userId: new Types.ObjectId(userId) },
        { $set: { userId: null } },
      );
    },
  },
  {
    model: 'TrainingOffer',
    userPaths: ['createdBy'],
    retention: 'with the offer; its creator then reads as a former member',
    export: {
      key: 'trainingOffers',
      async collect(userId) {
        const offers = await TrainingOfferModel.find({
          createdBy: new Types.ObjectId(userId),
        }).lean();
        return offers.map((o) => ({ id: o._id.toHexString(), title: o.title }));
      },
    },
  },
];
