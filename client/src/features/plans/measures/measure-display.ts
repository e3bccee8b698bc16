import type { TFunction } from 'i18next';
import { formatMoney } from '../../../lib/format';
import type { MeasureFields } from './measure-model';

/** "Polizeirevier Glauchau – Jens Richter", or whichever half is known. */
export function responsibleText(
  fields: Pick<MeasureFields, 'responsibleOrganisation' | 'responsiblePerson'>,
): string {
  return [fields.responsibleOrganisation, fields.responsiblePerson].filter(Boolean).join(' – ');
}

export function titleText(t: TFunction, title: string): string {
  return title.trim() || t('plans.measures.untitled');
}

export function budgetText(budget: number | null): string {
  return budget === null ? '' : formatMoney(budget);
}
