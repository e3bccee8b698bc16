import type { Language } from '@pnetz/shared';
import { currentLanguage, localeOf } from '../../i18n/language';

const TIME_ZONE = 'Europe/Berlin';

/** 02.04.2030, 14:00 (German) or 02/04/2030, 14:00 (English), in Saxony's time. */
export function formatDateTime(
  value: string | Date,
  language: Language = currentLanguage(),
): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

/** 14:00 in Saxony's time. */
export function formatTime(value: string | Date, language: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

/** Mittwoch, 2. April 2030 (German) or Wednesday, 2 April 2030, for calendar day headings. */
export function formatLongDate(
  value: string | Date,
  language: Language = currentLanguage(),
): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

/** The value of an `<input type="datetime-local">` (local time of the browser) as an ISO timestamp. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO timestamp as the value of an `<input type="datetime-local">`. */
export function toLocalInput(value: string | null): string {
  if (!value) return '';
  const date = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 1,2 MB / 340 kB. */
export function formatSize(bytes: number, language: Language = currentLanguage()): string {
  const format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / 1024 / 1024)} MB`
    : `${format.format(Math.max(1, bytes / 1024))} kB`;
}
