import type { TrainingParticipant, RegistrationView, TrainingOffer } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { TrainingOfferRecord } from './offer.model';
import type { TrainingRegistrationRecord } from './registration.model';
import { cancelUntil, closesAt, isOpen } from './registration.service';

export interface OfferFacts {
  /** Places taken per session id. */
  taken: ReadonlyMap<string, number>;
  waiting: ReadonlyMap<string, number>;
  mine: Array<{
    id: string;
    sessionId: string;
    status: TrainingRegistrationRecord['status'];
    position: number | null;
  }>;
  canManage: boolean;
}

export function presentOffer(
  offer: TrainingOfferRecord,
  facts: OfferFacts,
  now = new Date(),
): TrainingOffer {
  return {
    id: offer._id.toHexString(),
    type: offer.type,
    format: offer.format,
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    fieldsOfAction: offer.fieldsOfAction,
    targetGroups: offer.targetGroups,
    feeEuros: offer.feeEuros,
    contact: {
      name: offer.contact.name,
      email: offer.contact.email,
      phone: offer.contact.phone ?? '',
    },
    waitlist: offer.waitlist,
    cancelUntilHours: offer.cancelUntilHours,
    status: offer.status,
    sessions: [...offer.sessions]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((session) => {
        const id = session._id.toHexString();
        const capacity = session.capacity;
        const taken = facts.taken.get(id) ?? 0;
        const free = capacity - taken;
        return {
          id,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          place: session.place,
          link: session.link,
          capacity,
          registered: taken,
          waiting: facts.waiting.get(id) ?? 0,
          free: Math.max(0, free),
          registrationOpensAt: session.registrationOpensAt?.toISOString() ?? null,
          registrationClosesAt: closesAt(session).toISOString(),
          open: isOpen(offer, session, now),
        };
      }),
    canManage: facts.canManage,
    myRegistrations: facts.mine.filter((r) =>
      offer.sessions.some((s) => s._id.toHexString() === r.sessionId),
    ),
  };
}

export function presentRegistration(
  registration: TrainingRegistrationRecord,
  offer: TrainingOfferRecord,
  position: number | null,
  now = new Date(),
): RegistrationView {
  const session = offer.sessions.find((s) => s._id.equals(registration.sessionId))!;
  const until = cancelUntil(offer, session);
  const active = registration.status !== 'cancelled';
  return {
    id: registration._id.toHexString(),
    name: registration.name,
    status: registration.status,
    confirmed: registration.confirmed,
    confirmBy: registration.confirmBy?.toISOString() ?? null,
    position,
    offer: { id: offer._id.toHexString(), title: offer.title, type: offer.type },
    session: {
      id: session._id.toHexString(),
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      place: session.place,
      link: session.link,
    },
    checkInCode: registration.checkInCode,
    checkedIn: registration.checkedInAt !== null,
    cancelUntil: until.toISOString(),
    canCancel: active && now < until && offer.status === 'published',
    certificateCode: registration.certificateCode,
    feedbackOpen:
      registration.checkedInAt !== null && !registration.feedbackGiven && now >= session.startsAt,
  };
}

export function presentParticipant(
  registration: TrainingRegistrationRecord,
  position: number | null,
  councils: ReadonlyMap<string, string>,
): TrainingParticipant {
  const council = (id: Types.ObjectId | null) =>
    id ? (councils.get(id.toHexString()) ?? null) : null;
  return {
    id: registration._id.toHexString(),
    name: registration.name,
    organisation: registration.organisation,
    council: council(registration.workspaceId),
    email: registration.email,
    guest: registration.userId === null,
    confirmed: registration.confirmed,
    status: registration.status,
    position,
    checkInCode: registration.checkInCode,
    checkedInAt: registration.checkedInAt?.toISOString() ?? null,
    certificateCode: registration.certificateCode,
    registeredAt: registration.createdAt.toISOString(),
  };
}
