import type { CalendarEntry } from '@pnetz/shared';
import { Types } from 'mongoose';
import { TrainingOfferModel } from './offer.model';
import { TrainingRegistrationModel } from './registration.model';

/** A training session as an entry of the personal calendar and its iCal feed. */
export interface TrainingCalendarEvent {
  entry: CalendarEntry;
  startsAt: Date;
  endsAt: Date;
}

/** The sessions a person holds a place in, between two times (the calendar and its feed). */
export async function trainingCalendar(
  userId: string,
  from: Date,
  until: Date,
): Promise<TrainingCalendarEvent[]> {
  const registrations = await TrainingRegistrationModel.find(
    { userId: new Types.ObjectId(userId), status: 'registered' },
    { offerId: 1, sessionId: 1 },
  ).lean();
  if (registrations.length === 0) return [];
  const offers = await TrainingOfferModel.find({
    _id: { $in: registrations.map((r) => r.offerId) },
    status: 'published',
  }).lean();
  const events: TrainingCalendarEvent[] = [];
  for (const registration of registrations) {
    const offer = offers.find((o) => o._id.equals(registration.offerId));
    const session = offer?.sessions.find((s) => s._id.equals(registration.sessionId));
    if (!offer || !session || session.startsAt < from || session.startsAt >= until) continue;
    events.push({
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      entry: {
        id: session._id.toHexString(),
        title: offer.title,
        owner: { type: 'training', id: offer._id.toHexString(), title: offer.title },
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        location: session.place,
        videoUrl: session.link,
      },
    });
  }
  return events;
}
