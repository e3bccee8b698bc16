import { Types } from 'mongoose';
import { notFound } from '../errors';
import type { TrainingContext } from './context';
import { cancellationClosed, registrationExpired, sessionFull } from './errors';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import {
  ACTIVE,
  announce,
  cancelUntil,
  loadSession,
  promote,
  token,
  withArrival,
} from './registration.service';
import { placesTaken, releasePlace, takePlace } from './seats';

/*
 * What happens to a registration after it was made: the guest confirms, the participant or the
 * organiser cancels, the organiser moves it to another session. Registering itself and the
 * waiting list are in registration.service.ts.
 */

/** Confirms a guest's address (double opt-in); an expired confirmation period is refused. */
export async function confirm(
  ctx: TrainingContext,
  registrationId: string,
  now = new Date(),
): Promise<TrainingRegistrationRecord> {
  const id = new Types.ObjectId(registrationId);
  const confirmed = await TrainingRegistrationModel.findOneAndUpdate(
    { _id: id, confirmed: false, confirmBy: { $gt: now }, status: { $in: ACTIVE } },
    { $set: { confirmed: true, confirmBy: null } },
    { returnDocument: 'after' },
  ).lean();
  if (!confirmed) {
    const existing = await TrainingRegistrationModel.findById(id).lean();
    if (!existing) throw registrationExpired();
    if (existing.confirmed) return existing;
    throw registrationExpired();
  }
  const { offer, session } = await loadSession(confirmed.sessionId.toHexString());
  await announce(ctx, offer, session, confirmed);
  return (await TrainingRegistrationModel.findById(id).lean()) ?? confirmed;
}

/**
 * Cancels a registration: the place goes to the first on the waiting list. `byOrganiser` skips
 * the participant's deadline.
 */
export async function cancel(
  ctx: TrainingContext,
  registrationId: string,
  options: { byOrganiser: boolean; now?: Date; notify?: boolean },
): Promise<TrainingRegistrationRecord> {
  const now = options.now ?? new Date();
  const registration = await TrainingRegistrationModel.findById(registrationId).lean();
  if (!registration) throw notFound('Registration');
  if (registration.status === 'cancelled') return registration;
  const { offer, session } = await loadSession(registration.sessionId.toHexString());
  if (!options.byOrganiser && now >= cancelUntil(offer, session)) throw cancellationClosed();
  const cancelled = await TrainingRegistrationModel.findOneAndUpdate(
    { _id: registration._id, status: { $in: ACTIVE } },
    {
      $set: {
        status: 'cancelled',
        cancelledAt: now,
        personKey: `${registration.personKey}#cancelled:${registration._id.toHexString()}`,
      },
    },
    { returnDocument: 'before' },
  ).lean();
  if (!cancelled) return (await TrainingRegistrationModel.findById(registration._id).lean())!;
  if (await releasePlace(registration._id)) await promote(ctx, offer, session);
  if (options.notify !== false) await ctx.mails.registrationCancelled(cancelled, offer, session);
  return (await TrainingRegistrationModel.findById(registration._id).lean())!;
}

/**
 * The organiser moves someone to another session of the same offer: refused when the other
 * session is full; the old place goes to that session's waiting list.
 */
export async function move(
  ctx: TrainingContext,
  registrationId: string,
  targetSessionId: string,
): Promise<TrainingRegistrationRecord> {
  const registration = await TrainingRegistrationModel.findById(registrationId).lean();
  if (!registration || registration.status === 'cancelled') throw notFound('Registration');
  const target = await loadSession(targetSessionId);
  if (!target.offer._id.equals(registration.offerId)) throw notFound('Session');
  if (target.session._id.equals(registration.sessionId)) return registration;
  if ((await placesTaken(target.session._id)) >= target.session.capacity) throw sessionFull();
  const origin = await loadSession(registration.sessionId.toHexString());
  await withArrival(target.session._id, registration.personKey, (seq) =>
    TrainingRegistrationModel.updateOne(
      { _id: registration._id },
      { $set: { sessionId: target.session._id, status: 'waiting', seq, reminderSentAt: null } },
    ),
  );
  const hadPlace = await releasePlace(registration._id);
  if (await takePlace(target.session._id, registration._id, target.session.capacity)) {
    await TrainingRegistrationModel.updateOne(
      { _id: registration._id },
      { $set: { status: 'registered' } },
    );
  }
  if (hadPlace) await promote(ctx, origin.offer, origin.session);
  const current = (await TrainingRegistrationModel.findById(registration._id).lean())!;
  await ctx.mails.changed(current, target.offer, target.session, token(ctx, current));
  return current;
}
