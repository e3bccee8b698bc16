import type { PlanVersion } from '@pnetz/shared';
import type { TFunction } from 'i18next';
import { dateAndTime } from '../format';

/** "Beschlussvorlage (18.05.2021, 14:03 Uhr)" or "Automatische Version (…)". */
export function versionLabel(t: TFunction, version: PlanVersion): string {
  const when = t('plans.history.at', dateAndTime(version.createdAt));
  return `${version.name ?? t('plans.history.automatic')} (${when})`;
}
