import type {
  CreateTrainingOfferBodySchema,
  TrainingListQuerySchema,
  UpdateTrainingOfferBodySchema,
  UpdateTrainingSessionBodySchema,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import type { TrainingContext } from './context';
import { capacityBelowRegistered } from './errors';
import { TrainingOfferModel, type TrainingOfferRecord } from './offer.model';
import { TrainingRegistrationModel } from './registration.model';
import { loadSession, promoteIn, token, waitingPosition } from './registration.service';
import { clearNotices, claimNotice, placesAbove, placesTaken, releasePlace } from './seats';
import { indexTrainingOffer } from './training.search';

type CreateBody = z.output<typeof CreateTrainingOfferBodySchema>;
type UpdateBody = z.output<typeof UpdateTrainingOfferBodySchema>;
type SessionBody = z.output<typeof UpdateTrainingSessionBodySchema>;
type ListQuery = z.output<typeof TrainingListQuerySchema>;

const date = (value: string | null) => (value ? new Date(value) : null);

export async function createOffer(actor: Actor, body: CreateBody): Promise<TrainingOfferRecord> {
  const { sessions, ...fields } = body;
  const offer = await TrainingOfferModel.create({
    ...fields,
    createdBy: new Types.ObjectId(actor.id),
    sessions: sessions.map((session) => ({
      _id: new Types.ObjectId(),
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
      place: session.place,
      link: session.link,
      capacity: session.capacity,
      registrationOpensAt: date(session.registrationOpensAt),
      registrationClosesAt: date(session.registrationClosesAt),
    })),
  });
  const record = offer.toObject();
  await indexTrainingOffer(record);
  return record;
}

export async function loadOffer(id: string): Promise<TrainingOfferRecord> {
  const offer = await TrainingOfferModel.findById(id).lean();
  if (!offer) throw notFound('Offer');
  return offer;
}

export async function updateOffer(id: string, body: UpdateBody): Promise<TrainingOfferRecord> {
  const offer = await TrainingOfferModel.findByIdAndUpdate(
    id,
    { $set: body },
    { returnDocument: 'after' },
  ).lean();
  if (!offer) throw notFound('Offer');
  await indexTrainingOffer(offer);
  return offer;
}

/** Cancels the offer; everyone registered or waiting hears it by mail. */
export async function cancelOffer(ctx: TrainingContext, id: string): Promise<TrainingOfferRecord> {
  const offer = await TrainingOfferModel.findOneAndUpdate(
    { _id: id, status: 'published' },
    { $set: { status: 'cancelled' } },
    { returnDocument: 'after' },
  ).lean();
  if (!offer) return loadOffer(id);
  const registrations = await TrainingRegistrationModel.find({
    offerId: offer._id,
    status: { $in: ['registered', 'waiting'] },
  }).lean();
  for (const registration of registrations) {
    const session = offer.sessions.find((s) => s._id.equals(registration.sessionId));
    if (session) await ctx.mails.offerCancelled(registration, offer, session);
  }
  await indexTrainingOffer(offer);
  return offer;
}

/**
 * Changes a session. Time or place: everyone registered or waiting is told. Capacity: through
 * the seat counter; below the places taken only with the organiser's decision (`overflow`).
 */
export async function updateSession(
  ctx: TrainingContext,
  sessionId: string,
  body: SessionBody,
): Promise<TrainingOfferRecord> {
  const { offer, session } = await loadSession(sessionId);
  const startsAt = body.startsAt ? new Date(body.startsAt) : session.startsAt;
  const endsAt = body.endsAt ? new Date(body.endsAt) : session.endsAt;
  if (endsAt <= startsAt)
    throw validationFailed([{ path: 'body.endsAt', message: 'must be after the start' }]);
  const place = body.place ?? session.place;
  const link = body.link === undefined ? session.link : body.link;
  if (offer.format !== 'in_person' && !link)
    throw validationFailed([
      { path: 'body.link', message: 'needs a link for online participation' },
    ]);
  if (offer.format !== 'online' && !place)
    throw validationFailed([{ path: 'body.place', message: 'needs a place' }]);

  const capacity = body.capacity ?? session.capacity;
  if (capacity < session.capacity) {
    const taken = await placesTaken(session._id);
    if (capacity < taken && !body.overflow) throw capacityBelowRegistered(taken, capacity);
  }
  const timeOrPlaceChanged =
    startsAt.getTime() !== session.startsAt.getTime() ||
    endsAt.getTime() !== session.endsAt.getTime() ||
    place !== session.place ||
    link !== session.link;
  // The whole list is written back (positional updates are not available everywhere).
  const sessions = offer.sessions.map((s) =>
    s._id.equals(session._id) ? { ...s, startsAt, endsAt, place, link, capacity } : s,
  );
  const updated = await TrainingOfferModel.findOneAndUpdate(
    { _id: offer._id },
    { $set: { sessions } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw notFound('Session');
  if (capacity !== session.capacity) {
    if (body.overflow === 'waitlist') await demoteOverbooked(ctx, updated, session._id, capacity);
    await promoteIn(ctx, session._id);
  }
  if (timeOrPlaceChanged) {
    const changedSession = updated.sessions.find((s) => s._id.equals(session._id))!;
    const people = await TrainingRegistrationModel.find({
      sessionId: session._id,
      status: { $in: ['registered', 'waiting'] },
    }).lean();
    for (const person of people) {
      await ctx.mails.changed(person, updated, changedSession, token(ctx, person));
    }
    // The reminder follows the new date.
    await TrainingRegistrationModel.updateMany(
      { sessionId: session._id },
      { $set: { reminderSentAt: null } },
    );
  }
  await indexTrainingOffer(updated);
  return updated;
}

/**
 * Moves the holders of the places above the new capacity (the highest place numbers: places are
 * handed out lowest first) onto the waiting list, where they keep their arrival number and so
 * come first when places free up again.
 */
async function demoteOverbooked(
  ctx: TrainingContext,
  offer: TrainingOfferRecord,
  sessionId: Types.ObjectId,
  capacity: number,
): Promise<void> {
  const session = offer.sessions.find((s) => s._id.equals(sessionId))!;
  for (const place of await placesAbove(sessionId, capacity)) {
    if (!(await releasePlace(place.holder))) continue;
    const last = await TrainingRegistrationModel.findOneAndUpdate(
      { _id: place.holder, status: 'registered' },
      { $set: { status: 'waiting' } },
      { returnDocument: 'after' },
    ).lean();
    if (!last) continue;
    await clearNotices(last._id, ['movedup']);
    await claimNotice(last._id, 'waiting');
    await ctx.mails.movedToWaitingList(
      last,
      offer,
      session,
      token(ctx, last),
      (await waitingPosition(last))!,
    );
  }
}

/** The catalogue: coming offers (or from a day on), filtered, by their next session. */
export async function listOffers(
  query: ListQuery,
  now = new Date(),
): Promise<TrainingOfferRecord[]> {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : startOfDay(now);
  const to = query.to ? new Date(`${query.to}T23:59:59.999Z`) : null;
  // Dates are filtered below: range queries on array elements are not applied alike everywhere.
  const filter: Record<string, unknown> = {};
  if (query.field) filter.fieldsOfAction = query.field;
  if (query.targetGroup) filter.targetGroups = query.targetGroup;
  if (query.format) filter.format = query.format;
  if (query.type) filter.type = query.type;
  const offers = await TrainingOfferModel.find(filter).lean();
  const place = query.place?.toLocaleLowerCase('de');
  const matching = offers.filter((offer) =>
    offer.sessions.some(
      (s) =>
        s.endsAt >= from &&
        (!to || s.startsAt <= to) &&
        (!place || s.place.toLocaleLowerCase('de').includes(place)),
    ),
  );
  const next = (offer: TrainingOfferRecord) =>
    Math.min(...offer.sessions.filter((s) => s.endsAt >= from).map((s) => s.startsAt.getTime()));
  return matching.sort((a, b) => next(a) - next(b));
}

const startOfDay = (now: Date) => new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
