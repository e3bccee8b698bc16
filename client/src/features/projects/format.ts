import { localeOf, currentLanguage } from '../../i18n/language';

/** 18.05.2021, 14:03 (German) — when an update or comment was written. */
export function formatDateTime(value: string): string {
  return new Intl.DateTimeFormat(localeOf(currentLanguage()), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value));
}

/** 1,2 MB / 340 kB, for file sizes. */
export function formatSize(bytes: number): string {
  const format = (value: number) =>
    new Intl.NumberFormat(localeOf(currentLanguage()), { maximumFractionDigits: 1 }).format(value);
  return bytes >= 1024 * 1024
    ? `${format(bytes / 1024 / 1024)} MB`
    : `${format(Math.max(1, bytes / 1024))} kB`;
}
