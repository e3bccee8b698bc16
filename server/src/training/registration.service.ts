import { TRAINING_LIMITS } from '@pnetz/shared';
import { Types } from 'mongoose';
import { notFound } from '../errors';
import type { TrainingContext } from './context';
import { alreadyRegistered, isDuplicateKey, registrationClosed, sessionFull } from './errors';
import {
  TrainingOfferModel,
  type TrainingOfferRecord,
  type TrainingSessionRecord,
} from './offer.model';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import { claimNotice, hasNotice, holdsPlace, placesTaken, releasePlace, takePlace } from './seats';
import { randomCode, registrationToken } from './tokens';

/** Who registers: a signed-in member (organisation and council known) or a guest. */
export interface Registrant {
  userId: string | null;
  workspaceId: string | null;
  name: string;
  organisation: string;
  email: string;
}

export interface OfferSession {
  offer: TrainingOfferRecord;
  session: TrainingSessionRecord;
}

export const ACTIVE = ['registered', 'waiting'] as const;

/** The offer and session of a session id, or 404. */
export async function loadSession(sessionId: string): Promise<OfferSession> {
  const offer = await TrainingOfferModel.findOne({
    'sessions._id': new Types.ObjectId(sessionId),
  }).lean();
  const session = offer?.sessions.find((s) => s._id.toHexString() === sessionId);
  if (!offer || !session) throw notFound('Session');
  return { offer, session };
}

export const closesAt = (session: TrainingSessionRecord) =>
  session.registrationClosesAt ?? session.startsAt;

export function isOpen(
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
  now: Date,
): boolean {
  if (offer.status !== 'published') return false;
  if (session.registrationOpensAt && now < session.registrationOpensAt) return false;
  return now < closesAt(session);
}

export const cancelUntil = (offer: TrainingOfferRecord, session: TrainingSessionRecord) =>
  new Date(session.startsAt.getTime() - offer.cancelUntilHours * 3_600_000);

/** 1-based place on the waiting list, or null when not waiting. */
export async function waitingPosition(
  registration: Pick<TrainingRegistrationRecord, 'sessionId' | 'status' | 'seq'>,
): Promise<number | null> {
  if (registration.status !== 'waiting') return null;
  const ahead = await TrainingRegistrationModel.countDocuments({
    sessionId: registration.sessionId,
    status: 'waiting',
    seq: { $lt: registration.seq },
  });
  return ahead + 1;
}

const keyOf = (person: Registrant) =>
  person.userId ? `user:${person.userId}` : `email:${person.email.trim().toLowerCase()}`;

/**
 * Registers a person for a session. The registration is stored first (the unique index refuses a
 * second one for the same person and session), then a place is taken from the seat counter, or
 * it stays on the waiting list, or (no waiting list) it is removed again and the caller hears
 * that the session is full. Nothing half-stored remains in any of these outcomes.
 */
export async function register(
  ctx: TrainingContext,
  sessionId: string,
  person: Registrant,
  now = new Date(),
): Promise<TrainingRegistrationRecord> {
  const { offer, session } = await loadSession(sessionId);
  if (!isOpen(offer, session, now)) throw registrationClosed();
  const existing = await TrainingRegistrationModel.exists({
    sessionId: session._id,
    personKey: keyOf(person),
  });
  if (existing) throw alreadyRegistered();
  const guest = person.userId === null;
  const registration = await withArrival(session._id, keyOf(person), async (seq) =>
    (
      await TrainingRegistrationModel.create({
        offerId: offer._id,
        sessionId: session._id,
        personKey: keyOf(person),
        userId: person.userId ? new Types.ObjectId(person.userId) : null,
        workspaceId: person.workspaceId ? new Types.ObjectId(person.workspaceId) : null,
        name: person.name,
        organisation: person.organisation,
        email: person.email,
        // Waiting until a place is taken below: a promotion in between only helps.
        status: 'waiting',
        seq,
        confirmed: !guest,
        confirmBy: guest
          ? new Date(now.getTime() + TRAINING_LIMITS.guestConfirmHours * 3_600_000)
          : null,
        checkInCode: randomCode(2),
      })
    ).toObject(),
  );
  await allocate(ctx, offer, session, registration);
  const current = await TrainingRegistrationModel.findById(registration._id).lean();
  if (!current) throw sessionFull();
  if (guest) {
    await ctx.mails.confirmRequest(
      current,
      offer,
      session,
      token(ctx, current),
      current.confirmBy!,
    );
  } else {
    await announce(ctx, offer, session, current);
  }
  return (await TrainingRegistrationModel.findById(registration._id).lean()) ?? current;
}

/**
 * Runs a write with the session's next arrival number. The numbers are unique per session (a
 * unique index), so two requests that read the same last number cannot both store it: the
 * loser reads again. A clash on the person instead means they registered meanwhile.
 */
export async function withArrival<T>(
  sessionId: Types.ObjectId,
  personKey: string,
  write: (seq: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const last = await TrainingRegistrationModel.findOne({ sessionId }, { seq: 1 })
      .sort({ seq: -1 })
      .lean();
    try {
      return await write((last?.seq ?? 0) + 1);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      if (await TrainingRegistrationModel.exists({ sessionId, personKey }))
        throw alreadyRegistered();
    }
  }
  throw new Error('No arrival number after many attempts');
}

/**
 * Gives a new registration a place when one is free and nobody waits ahead of it; otherwise it
 * waits, or without a waiting list it is removed (`session_full`). Ends with `promote`, which
 * heals the race of a place freed while this request ran.
 */
async function allocate(
  ctx: TrainingContext,
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
  registration: TrainingRegistrationRecord,
): Promise<void> {
  const waitingAhead =
    offer.waitlist &&
    (await TrainingRegistrationModel.exists({
      sessionId: registration.sessionId,
      status: 'waiting',
      seq: { $lt: registration.seq },
    }));
  if (!waitingAhead && (await takePlace(session._id, registration._id, session.capacity))) {
    await TrainingRegistrationModel.updateOne(
      { _id: registration._id, status: 'waiting' },
      { $set: { status: 'registered' } },
    );
  } else if (!offer.waitlist && !(await holdsPlace(registration._id))) {
    await TrainingRegistrationModel.deleteOne({ _id: registration._id });
    throw sessionFull();
  }
  if (offer.waitlist) await promote(ctx, offer, session);
}

/**
 * Sends a registration's own mail: the confirmation when it holds a place, else its place on
 * the waiting list. Each mail is claimed once (see claimNotice); a promotion that happened while
 * the waiting mail went out is followed by the moved-up mail, so the last word is always right.
 */
export async function announce(
  ctx: TrainingContext,
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
  registration: TrainingRegistrationRecord,
): Promise<void> {
  const link = token(ctx, registration);
  if (await holdsPlace(registration._id)) {
    if (await claimNotice(registration._id, 'placed'))
      await ctx.mails.confirmation(registration, offer, session, link);
    return;
  }
  const current = await TrainingRegistrationModel.findById(registration._id).lean();
  if (current?.status !== 'waiting') return;
  if (await claimNotice(registration._id, 'waiting'))
    await ctx.mails.waiting(current, offer, session, link, (await waitingPosition(current)) ?? 1);
  if (
    (await holdsPlace(registration._id)) &&
    !(await hasNotice(registration._id, 'placed')) &&
    (await claimNotice(registration._id, 'movedup'))
  )
    await ctx.mails.movedUp(current, offer, session, link);
}

export const token = (
  ctx: TrainingContext,
  registration: Pick<TrainingRegistrationRecord, '_id'>,
) => registrationToken(ctx.secret, registration._id.toHexString());

/**
 * Moves people up from the waiting list while places are free, strictly by arrival. A place is
 * inserted for the earliest waiting registration (one place per registration, one registration
 * per place: unique indexes), so no more people move up than places exist. Those who already
 * heard they were waiting get the moved-up mail.
 */
export async function promote(
  ctx: TrainingContext,
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
): Promise<TrainingRegistrationRecord[]> {
  const moved: TrainingRegistrationRecord[] = [];
  while ((await placesTaken(session._id)) < session.capacity) {
    const next = await TrainingRegistrationModel.findOne({
      sessionId: session._id,
      status: 'waiting',
    })
      .sort({ seq: 1 })
      .lean();
    if (!next) break;
    if (!(await takePlace(session._id, next._id, session.capacity))) break;
    const placed = await TrainingRegistrationModel.findOneAndUpdate(
      { _id: next._id, status: 'waiting' },
      { $set: { status: 'registered' } },
      { returnDocument: 'after' },
    ).lean();
    if (!placed) {
      // Cancelled meanwhile: the place goes back.
      const current = await TrainingRegistrationModel.findById(next._id).lean();
      if (!current || current.status === 'cancelled') await releasePlace(next._id);
      continue;
    }
    moved.push(placed);
  }
  for (const registration of moved) {
    if (
      (await hasNotice(registration._id, 'waiting')) &&
      (await claimNotice(registration._id, 'movedup'))
    )
      await ctx.mails.movedUp(registration, offer, session, token(ctx, registration));
  }
  return moved;
}

/** Promotes in a session known by id (after a place was freed). */
export async function promoteIn(ctx: TrainingContext, sessionId: Types.ObjectId) {
  const { offer, session } = await loadSession(sessionId.toHexString());
  if (offer.status !== 'published') return [];
  return promote(ctx, offer, session);
}
