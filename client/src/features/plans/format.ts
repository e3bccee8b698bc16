import { currentLanguage, localeOf } from '../../i18n/language';
import { formatDate } from '../../lib/format';

/** A calendar day as measures store it (2021-05-18) → 18.05.2021; empty stays empty. */
export function formatDay(day: string | null): string {
  return day ? formatDate(`${day}T12:00:00Z`) : '';
}

/** 60 % (German) or 60% (English). */
export function formatPercent(percent: number): string {
  return new Intl.NumberFormat(localeOf(currentLanguage()), { style: 'percent' }).format(
    percent / 100,
  );
}

/** 18.05.2021 and 14:03 separately, for sentences like "vom 18.05.2021, 14:03 Uhr". */
export function dateAndTime(timestamp: string): { date: string; time: string } {
  const time = new Intl.DateTimeFormat(localeOf(currentLanguage()), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(new Date(timestamp));
  return { date: formatDate(timestamp), time };
}
