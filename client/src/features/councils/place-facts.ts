import type { WorkspaceSummary } from '@pnetz/shared';
import type { TFunction } from 'i18next';
import type { Fact } from '../../components/Facts';
import { formatNumber } from '../../lib/format';

type Place = Pick<WorkspaceSummary, 'municipality' | 'district' | 'population'>;

/** Where a council works: municipality, district and population. */
export function placeFacts(t: TFunction, council: Place): Fact[] {
  return [
    { label: t('councils.municipality'), value: council.municipality },
    { label: t('councils.district'), value: council.district },
    {
      label: t('councils.population'),
      value:
        council.population === null
          ? t('councils.populationUnknown')
          : formatNumber(council.population),
    },
  ];
}

/** How many members a council has, and the reader's own role in it. */
export function membershipFacts(
  t: TFunction,
  council: Pick<WorkspaceSummary, 'memberCount' | 'myRole'>,
): Fact[] {
  return [
    { label: t('councils.members'), value: formatNumber(council.memberCount) },
    ...(council.myRole
      ? [{ label: t('councils.myRole'), value: t(`vocab.role.${council.myRole}`) }]
      : []),
  ];
}
