import { randomUUID } from 'node:crypto';
import { PLAN_DOCUMENT, type FieldOfAction } from '@pnetz/shared';
import * as Y from 'yjs';
import type { CollabDocuments } from '../../realtime/collab/documents';
import type { FindingRecord, RecommendationRecord } from './recommendation.model';

/** Origin of changes the server makes to a plan document itself; stored and sent like anyone's. */
export const RECOMMENDATION_ORIGIN = 'analysis:recommendation-to-measure';

const decimal = (value: number, digits: number) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A finding's figure as the plan prints it: a share in percent, a mean with two decimals. */
export function figure(measure: FindingRecord['measure'], value: number): string {
  return measure === 'share' ? `${decimal(value * 100, 1)} %` : decimal(value, 2);
}

/** The indicator line of the measure: the survey question, the baseline and its interval. */
export function indicatorText(finding: FindingRecord, analysisTitle: string): string {
  const what = finding.optionLabel
    ? `„${finding.title.de}“: Anteil „${finding.optionLabel.de}“`
    : `„${finding.title.de}“: Mittelwert`;
  const { low, high } = finding.interval;
  return (
    `${what} (Frage ${finding.question}). Ausgangswert ${figure(finding.measure, finding.value)} ` +
    `(95-%-Konfidenzintervall ${figure(finding.measure, low)} bis ${figure(finding.measure, high)}), ` +
    `${analysisTitle}`
  );
}

/**
 * Appends the measure through the plan's live document, so everyone who has the plan open sees
 * it at once and the measures mirror picks it up like any edit. Returns the measure's id.
 */
export async function appendMeasure(
  documents: CollabDocuments,
  planId: string,
  input: {
    recommendation: RecommendationRecord;
    analysisTitle: string;
    finding: FindingRecord;
    target: number;
    fieldOfAction: FieldOfAction | null;
  },
): Promise<string> {
  const { recommendation, finding } = input;
  const measureId = randomUUID();
  const fields: Record<string, unknown> = {
    id: measureId,
    title: recommendation.title,
    goal: `Zielwert ${figure(finding.measure, input.target)}`,
    fieldOfAction: input.fieldOfAction,
    responsibleOrganisation: '',
    responsiblePerson: '',
    start: null,
    deadline: null,
    status: 'planned',
    progress: 0,
    indicator: indicatorText(finding, input.analysisTitle),
    linkedProjectId: null,
    linkedRecommendationId: recommendation._id.toHexString(),
    budget: null,
    notes: `Aus der Empfehlung „${recommendation.title}“ der ${input.analysisTitle}`,
  };
  const document = await documents.open(planId);
  try {
    Y.transact(
      document.doc,
      () => {
        const measure = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) measure.set(key, value);
        document.doc.getArray(PLAN_DOCUMENT.measures).push([measure]);
      },
      RECOMMENDATION_ORIGIN,
    );
    await document.flush();
  } finally {
    documents.release(document);
  }
  return measureId;
}
