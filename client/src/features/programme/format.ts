import type { Day } from '@pnetz/shared';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';

/** A programme day (`YYYY-MM-DD`) as 18.05.2021, or a dash. */
export function formatDay(day: Day | null | undefined): string {
  return day ? formatDate(`${day}T12:00:00Z`) : '–';
}

export const euro = (amount: number | null | undefined): string =>
  amount === null || amount === undefined ? '–' : formatMoney(amount);

export const count = (value: number): string => formatNumber(value);
