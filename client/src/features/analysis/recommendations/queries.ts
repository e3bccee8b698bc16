import { endpoints, type Finding } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';
import { decimal, percent } from '../results/format';

export const recommendationsKey = (analysisId: string) =>
  [ANALYSIS_KEY, analysisId, 'recommendations'] as const;

export const recommendationsQuery = (analysisId: string) =>
  queryOptions({
    queryKey: recommendationsKey(analysisId),
    queryFn: ({ signal }) =>
      api(endpoints.recommendations.list, { params: { id: analysisId }, signal }),
  });

/** A finding's figure: a share in percent, a mean with two decimals. */
export function figure(measure: Finding['measure'], value: number, language: string): string {
  return measure === 'share' ? percent(value, language) : decimal(value, language);
}

/** A difference: percentage points for shares, scale points for means, always with its sign. */
export function signedDifference(
  measure: Finding['measure'],
  value: number,
  language: string,
): string {
  const scaled = measure === 'share' ? value * 100 : value;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: measure === 'share' ? 1 : 2,
    signDisplay: 'exceptZero',
  }).format(scaled);
}
