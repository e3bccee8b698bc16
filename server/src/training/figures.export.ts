import type { Language, TrainingFigures } from '@pnetz/shared';
import { FieldOfActionSchema } from '@pnetz/shared';
import { PROGRAMME_LABELS } from '../programme/export/labels';
import type { Table } from '../programme/export/tables';

const LABELS = {
  de: {
    sheet: 'Fortbildung',
    header: ['Gruppe', 'Bezeichnung', 'Angemeldet', 'Teilgenommen'],
    offer: 'Angebot',
    council: 'Präventionsrat',
    field: 'Handlungsfeld',
    noCouncil: 'Ohne Präventionsrat (Gäste)',
  },
  en: {
    sheet: 'Training',
    header: ['Group', 'Name', 'Registered', 'Attended'],
    offer: 'Offer',
    council: 'Council',
    field: 'Field of action',
    noCouncil: 'No council (guests)',
  },
} as const;

/** Training participants per offer, council and field of action, as a table of the programme export. */
export function trainingTable(figures: TrainingFigures, language: Language): Table {
  const l = LABELS[language];
  const fieldName = (key: string) => {
    const field = FieldOfActionSchema.safeParse(key).data;
    return field ? PROGRAMME_LABELS[language].field[field] : key;
  };
  return {
    name: l.sheet,
    header: l.header,
    rows: [
      ...figures.byOffer.map((r) => [l.offer, r.label, r.registered, r.attended]),
      ...figures.byCouncil.map((r) => [
        l.council,
        r.key === 'none' ? l.noCouncil : r.label,
        r.registered,
        r.attended,
      ]),
      ...figures.byField.map((r) => [l.field, fieldName(r.key), r.registered, r.attended]),
    ],
  };
}
