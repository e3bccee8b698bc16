import { z } from 'zod';

/**
 * A calendar day as `YYYY-MM-DD`. Programme records are dated by day (a signature, a meeting),
 * not by instant, and days compare correctly as strings, which the "as of" figures rely on.
 */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'must be a real calendar date')
  .meta({ format: 'date' });
export type Day = z.infer<typeof DaySchema>;

/** Today in Saxony (Europe/Berlin), as a day. */
export function todayInSaxony(now: Date = new Date()): Day {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A day on which something already happened (a signature, an advice, a founded council, a
 * finished coaching): today at the latest, in Saxony's time zone. Only planned steps may lie ahead.
 */
export const PastDaySchema = DaySchema.refine(
  (value) => value <= todayInSaxony(),
  'must not lie in the future',
);

/** Adds whole days to a day. */
export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day of the month a day lies in. */
export function endOfMonth(day: Day): Day {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
