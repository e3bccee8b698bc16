import { endpoints } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { ChangeLine } from '../../analysis/recommendations/RecommendationItem';

/**
 * For a measure that came from a security analysis's recommendation: its indicator in the
 * council's next survey wave. Shown only to those who may read the analysis.
 */
export function RecommendationChange({ recommendationId }: { recommendationId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['recommendation', recommendationId],
    queryFn: ({ signal }) =>
      api(endpoints.recommendations.get, { params: { id: recommendationId }, signal }),
    retry: false,
  });
  const measure = data?.measure;
  const finding = measure && data.findings.find((f) => f.id === measure.findingId);
  if (!measure || !finding) return null;
  return (
    <dl className="facts" data-testid="measure-change">
      <div className="facts__item">
        <dt>{t('analysisTransfer.planChange')}</dt>
        <dd>
          <ChangeLine change={measure.change} measure={measure} unit={finding.measure} />
        </dd>
      </div>
    </dl>
  );
}
