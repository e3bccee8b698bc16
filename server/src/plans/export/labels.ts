import type { FieldOfAction, Language, MeasureStatus } from '@pnetz/shared';
import type { ExportHead } from './export-input';

/** Texts of printed plans; the printout follows the language of the person exporting it. */
export const EXPORT_LABELS = {
  de: {
    measures: 'Maßnahmen',
    noMeasures: 'Keine Maßnahmen erfasst.',
    columns: ['Maßnahme', 'Handlungsfeld', 'Verantwortlich', 'Frist', 'Status', 'Fortschritt'],
    exported: 'Stand',
    status: {
      planned: 'geplant',
      in_progress: 'in Umsetzung',
      done: 'umgesetzt',
      postponed: 'verschoben',
      dropped: 'verworfen',
    } satisfies Record<MeasureStatus, string>,
    field: {
      graffiti: 'Sachbeschädigung/Graffiti',
      littering: 'Vermüllung öffentlicher Plätze',
      violence: 'Gewalt',
      extremism: 'Extremismus',
      drugs: 'Drogen-/Suchtmittelmissbrauch',
      public_order: 'Ordnung und Sauberkeit',
      traffic: 'Verkehr',
      public_space: 'Nutzung öffentlicher Räume',
      youth_protection: 'Jugendschutz',
      domestic_violence: 'Häusliche Gewalt',
      burglary: 'Einbruchschutz',
      senior_safety: 'Seniorensicherheit',
      urban_design: 'Städtebauliche Kriminalprävention',
    } satisfies Record<FieldOfAction, string>,
  },
  en: {
    measures: 'Measures',
    noMeasures: 'No measures recorded.',
    columns: ['Measure', 'Field of action', 'Responsible', 'Deadline', 'Status', 'Progress'],
    exported: 'As of',
    status: {
      planned: 'planned',
      in_progress: 'in progress',
      done: 'implemented',
      postponed: 'postponed',
      dropped: 'dropped',
    } satisfies Record<MeasureStatus, string>,
    field: {
      graffiti: 'Vandalism/graffiti',
      littering: 'Littering of public places',
      violence: 'Violence',
      extremism: 'Extremism',
      drugs: 'Drug and substance abuse',
      public_order: 'Public order and cleanliness',
      traffic: 'Traffic',
      public_space: 'Use of public spaces',
      youth_protection: 'Youth protection',
      domestic_violence: 'Domestic violence',
      burglary: 'Burglary prevention',
      senior_safety: 'Safety of older people',
      urban_design: 'Crime prevention through urban design',
    } satisfies Record<FieldOfAction, string>,
  },
} as const;

/** 2021-05-18 → 18.05.2021 (German) or 18/05/2021. */
export function formatDay(iso: string | null, language: Language): string {
  if (!iso) return '–';
  const [year, month, day] = iso.split('-');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** The line under an exported document's title: "workspace · As of day". */
export function exportedLine(head: ExportHead, exportedLabel: string, language: Language): string {
  return `${head.workspaceName} · ${exportedLabel} ${formatDay(head.exportedOn, language)}`;
}
