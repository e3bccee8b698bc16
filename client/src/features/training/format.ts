import type { Language } from '@pnetz/shared';
import { currentLanguage, localeOf } from '../../i18n/language';
import { errorKey } from '../../lib/api';

const TIME_ZONE = 'Europe/Berlin';

/** „Di., 12.05.2026, 09:00–16:00“ in the users' time zone. */
export function formatSessionTime(
  startsAt: string,
  endsAt: string,
  language: Language = currentLanguage(),
): string {
  const locale = localeOf(language);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  });
  return `${day}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** The i18n key for an error (training's error ids have their own wording there). */
export const trainingErrorKey = errorKey;
