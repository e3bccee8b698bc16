import type { Language } from '@pnetz/shared';
import { currentLanguage, localeOf } from '../i18n/language';

/** Dates belong to Saxony: a date stored as UTC midnight must not slip to the previous day. */
const TIME_ZONE = 'Europe/Berlin';

/** 18.05.2021 (German) or 18/05/2021 (English). */
export function formatDate(
  value: Date | string | number,
  language: Language = currentLanguage(),
): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

/** 29.250 € (German) or €29,250 (English); cents only when there are any. */
export function formatMoney(
  amount: number,
  currency = 'EUR',
  language: Language = currentLanguage(),
): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

/** 22.000 (German) or 22,000 (English). */
export function formatNumber(value: number, language: Language = currentLanguage()): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}
