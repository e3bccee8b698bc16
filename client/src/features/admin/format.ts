import { currentLanguage, localeOf } from '../../i18n/language';
import { formatDate } from '../../lib/format';

/** 18.05.2021 14:30 (German) or 18/05/2021 14:30 (English), in Saxony's time zone. */
export function formatDateTime(timestamp: string): string {
  const time = new Intl.DateTimeFormat(localeOf(currentLanguage()), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Berlin',
  }).format(new Date(timestamp));
  return `${formatDate(timestamp)} ${time}`;
}
