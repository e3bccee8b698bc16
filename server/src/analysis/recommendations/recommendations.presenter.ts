import type { IndicatorChange, Recommendation } from '@pnetz/shared';
import type { People } from '../../privacy/attribution';
import type { RecommendationRecord } from './recommendation.model';

/** A recommendation as the API shows it; the measure carries its plan's title and its change. */
export function presentRecommendation(
  record: RecommendationRecord,
  people: People,
  planTitles: ReadonlyMap<string, string>,
  change: IndicatorChange,
): Recommendation {
  const measure = record.measure;
  return {
    id: record._id.toHexString(),
    analysisId: record.analysisId.toHexString(),
    title: record.title,
    text: record.text,
    findings: record.findings.map((f) => ({
      id: f.id,
      question: f.question,
      option: f.option ?? null,
      title: { de: f.title.de, en: f.title.en },
      optionLabel: f.optionLabel ? { de: f.optionLabel.de, en: f.optionLabel.en } : null,
      measure: f.measure,
      value: f.value,
      interval: { low: f.interval.low, high: f.interval.high },
      n: f.n,
    })),
    status: record.status,
    declineReason: record.declineReason ?? null,
    measure: measure
      ? {
          planId: measure.planId.toHexString(),
          planTitle: planTitles.get(measure.planId.toHexString()) ?? '',
          measureId: measure.measureId,
          findingId: measure.findingId,
          baseline: {
            value: measure.baseline.value,
            interval: { low: measure.baseline.interval.low, high: measure.baseline.interval.high },
          },
          target: measure.target,
          change,
        }
      : null,
    createdBy: people.ref(record.createdBy),
    createdAt: record.createdAt.toISOString(),
    decidedAt: record.decidedAt?.toISOString() ?? null,
  };
}
