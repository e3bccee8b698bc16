import ical from 'ical-generator';
import type { TrainingOfferRecord, TrainingSessionRecord } from './offer.model';

/* How a session reads in mails, PDFs and calendars: German dates in Berlin time, place, iCal. */

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/** „Dienstag, 12.05.2026, 09:00–16:00 Uhr“ */
export function sessionWhen(session: Pick<TrainingSessionRecord, 'startsAt' | 'endsAt'>): string {
  return `${dateFormat.format(session.startsAt)}–${timeFormat.format(session.endsAt)} Uhr`;
}

export function sessionWhere(session: Pick<TrainingSessionRecord, 'place' | 'link'>): string {
  return [session.place, session.link].filter(Boolean).join(' · ');
}

/** The session as an iCalendar file for the confirmation mail. */
export function sessionIcs(
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
  url: string,
): string {
  const calendar = ical({
    name: 'Präventionsnetz – Fortbildung',
    prodId: { company: 'praeventionsnetz', product: 'fortbildung', language: 'DE' },
  });
  calendar.createEvent({
    id: `training-${session._id.toHexString()}@praeventionsnetz`,
    start: session.startsAt,
    end: session.endsAt,
    summary: offer.title,
    location: session.place || session.link || null,
    url,
    description: [offer.summary, session.link ?? '', url].filter(Boolean).join('\n'),
    organizer: { name: offer.contact.name, email: offer.contact.email },
  });
  return calendar.toString();
}

/** „Dienstag, 12.05.2026, 09:00“ */
export const formatDateTime = (date: Date): string => dateFormat.format(date);
