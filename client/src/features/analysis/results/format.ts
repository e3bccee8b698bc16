import type { MarginVariable, ResultLabel } from '@pnetz/shared';
import type { TFunction } from 'i18next';

/** Percent with one decimal in the page's language (12,3 %). */
export function percent(value: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function decimal(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A questionnaire text in the page's language (German unless English is chosen). */
export const labelIn = (label: ResultLabel, language: string) =>
  language.startsWith('en') ? label.en : label.de;

/** A margin category as people read it: sexes spelled out, districts and ages as they are. */
export function categoryLabel(t: TFunction, variable: MarginVariable, category: string): string {
  return variable === 'sex' ? t(`analysis.sex.${category}`, { defaultValue: category }) : category;
}
