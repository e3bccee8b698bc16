import type { Language, MarginVariable, RegisterSex } from '@pnetz/shared';

/** Texts of the printed report; the printout follows the language of the person exporting it. */
export const REPORT_LABELS = {
  de: {
    exported: 'Stand',
    overall: 'Alle Befragten',
    group: { overall: 'Gruppe', district: 'Ortsteil', ageGroup: 'Altersgruppe', sex: 'Geschlecht' },
    by: { district: 'nach Ortsteil', ageGroup: 'nach Altersgruppe', sex: 'nach Geschlecht' },
    sex: { m: 'männlich', w: 'weiblich', d: 'divers', x: 'ohne Angabe' },
    figure: 'Abbildung',
    table: 'Tabelle',
    chart: 'Balkendiagramm',
    shares: 'gewichtete Anteile mit 95-%-Konfidenzintervall',
    means: 'gewichtete Mittelwerte mit 95-%-Konfidenzintervall',
    description: 'Beschreibung',
    suppressed: 'nicht ausgewiesen (weniger als 10 Befragte)',
    suppressedNote: '– : nicht ausgewiesen, weniger als 10 Befragte.',
    noRun: 'Für diese Abbildung gibt es noch keine gewichteten Ergebnisse.',
    mean: 'Mittelwert',
    appendix: 'Methodenanhang',
    sample: 'Stichprobe und Rücklauf',
    weighting: 'Gewichtung',
    suppression: 'Unterdrückung kleiner Gruppen',
    returnsBy: 'Rücklauf',
    returnColumns: ['Anschreiben', 'Rückläufe', 'Rücklaufquote'],
    marginsTitle: 'Ränder des Melderegisters (Einwohnerinnen und Einwohner ab 16 Jahren)',
    marginColumns: ['Merkmal', 'Kategorie', 'Einwohner'],
    notWeighted: 'Die Gewichtung wurde noch nicht berechnet.',
  },
  en: {
    exported: 'As of',
    overall: 'All respondents',
    group: { overall: 'Group', district: 'District', ageGroup: 'Age group', sex: 'Sex' },
    by: { district: 'by district', ageGroup: 'by age group', sex: 'by sex' },
    sex: { m: 'male', w: 'female', d: 'diverse', x: 'not stated' },
    figure: 'Figure',
    table: 'Table',
    chart: 'Bar chart',
    shares: 'weighted shares with 95 % confidence interval',
    means: 'weighted means with 95 % confidence interval',
    description: 'Description',
    suppressed: 'not shown (fewer than 10 respondents)',
    suppressedNote: '– : not shown, fewer than 10 respondents.',
    noRun: 'There are no weighted results for this figure yet.',
    mean: 'Mean',
    appendix: 'Method appendix',
    sample: 'Sample and returns',
    weighting: 'Weighting',
    suppression: 'Suppression of small groups',
    returnsBy: 'Returns',
    returnColumns: ['Letters', 'Returns', 'Return rate'],
    marginsTitle: 'Register margins (residents aged 16 or over)',
    marginColumns: ['Variable', 'Category', 'Residents'],
    notWeighted: 'The weighting has not been computed yet.',
  },
} satisfies Record<Language, unknown>;
export type ReportLabels = (typeof REPORT_LABELS)[Language];

const locale = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');

export function percent(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function decimal(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function integer(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);
}

/** A margin category as people read it: sexes spelled out, districts and ages as they are. */
export function categoryLabel(
  labels: ReportLabels,
  variable: MarginVariable | 'overall',
  category: string,
): string {
  if (variable === 'overall') return labels.overall;
  if (variable === 'sex' && category in labels.sex) return labels.sex[category as RegisterSex];
  return category;
}
