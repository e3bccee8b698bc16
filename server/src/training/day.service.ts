import type { CheckInBodySchema, CheckInResult } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import { notFound } from '../errors';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { TrainingCertificateModel, type TrainingCertificateRecord } from './certificate.model';
import { isDuplicateKey } from './errors';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import { loadSession } from './registration.service';
import { normaliseCode, randomCode } from './tokens';

/** Registered and waiting people of a session, registered first, each group by arrival. */
export async function participantsOf(sessionId: string) {
  const { offer, session } = await loadSession(sessionId);
  const list = await TrainingRegistrationModel.find({
    sessionId: session._id,
    status: { $in: ['registered', 'waiting'] },
  })
    .sort({ seq: 1 })
    .lean();
  const registered = list.filter((r) => r.status === 'registered');
  const waiting = list.filter((r) => r.status === 'waiting');
  const workspaceIds = [
    ...new Set(list.flatMap((r) => (r.workspaceId ? [r.workspaceId.toHexString()] : []))),
  ];
  const workspaces = await WorkspaceModel.find(
    { _id: { $in: workspaceIds.map((id) => new Types.ObjectId(id)) } },
    { name: 1 },
  ).lean();
  const councils = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
  return {
    offer,
    session,
    councils,
    items: [
      ...registered.map((r) => ({ registration: r, position: null })),
      ...waiting.map((r, index) => ({ registration: r, position: index + 1 })),
    ],
  };
}

type CheckIns = z.output<typeof CheckInBodySchema>['items'];

/**
 * Checks people in by their code. Only the first check-in of a person counts (its time is
 * kept); sending the same check-in again, as an offline device does when it syncs, changes
 * nothing and answers `already`.
 */
export async function checkIn(sessionId: string, items: CheckIns): Promise<CheckInResult[]> {
  const { session } = await loadSession(sessionId);
  const results: CheckInResult[] = [];
  for (const item of items) {
    const code = normaliseCode(item.code);
    const at = new Date(item.at);
    const checked = await TrainingRegistrationModel.findOneAndUpdate(
      { sessionId: session._id, checkInCode: code, status: 'registered', checkedInAt: null },
      // A device clock ahead of the server does not produce check-ins in the future.
      { $set: { checkedInAt: at > new Date() ? new Date() : at } },
      { returnDocument: 'after' },
    ).lean();
    if (checked) {
      results.push({
        code,
        outcome: 'checked_in',
        registrationId: checked._id.toHexString(),
        name: checked.name,
      });
      continue;
    }
    const known = await TrainingRegistrationModel.findOne({
      sessionId: session._id,
      checkInCode: code,
      status: 'registered',
    }).lean();
    results.push(
      known
        ? { code, outcome: 'already', registrationId: known._id.toHexString(), name: known.name }
        : { code, outcome: 'unknown', registrationId: null, name: null },
    );
  }
  return results;
}

/**
 * Issues a certificate to everyone checked in who has none yet. The certificate keeps its own
 * copy of name, offer and date, so it outlives the registration.
 */
export async function issueCertificates(
  sessionId: string,
): Promise<{ issued: number; total: number }> {
  const { offer, session } = await loadSession(sessionId);
  const attended = await TrainingRegistrationModel.find({
    sessionId: session._id,
    status: 'registered',
    checkedInAt: { $ne: null },
  }).lean();
  let issued = 0;
  for (const registration of attended) {
    if (registration.certificateCode) continue;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const code = randomCode(3);
      try {
        await TrainingCertificateModel.create({
          code,
          name: registration.name,
          offerTitle: offer.title,
          offerType: offer.type,
          sessionStartsAt: session.startsAt,
          sessionEndsAt: session.endsAt,
          place: session.place || session.link || '',
          userId: registration.userId,
          registrationId: registration._id,
          issuedAt: new Date(),
        });
      } catch (error) {
        if (isDuplicateKey(error)) continue;
        throw error;
      }
      const marked = await TrainingRegistrationModel.updateOne(
        { _id: registration._id, certificateCode: null },
        { $set: { certificateCode: code } },
      );
      if (marked.modifiedCount === 1) issued += 1;
      else await TrainingCertificateModel.deleteOne({ code });
      break;
    }
  }
  return { issued, total: attended.length };
}

/** A genuine certificate by its code, or 404 for anything else. */
export async function findCertificate(code: string): Promise<TrainingCertificateRecord> {
  const certificate = await TrainingCertificateModel.findOne({ code: normaliseCode(code) }).lean();
  if (!certificate) throw notFound('Certificate');
  return certificate;
}
