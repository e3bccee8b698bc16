import { isId, type FieldOfAction } from '@pnetz/shared';
import type { readMeasures } from '../../plans/measures.mirror';
import { PlanModel, type PlanRecord } from '../../plans/plan.model';
import { audienceOf, indexEntry, removeChildren } from '../indexer';

export type PlanMeasures = ReturnType<typeof readMeasures>;

/**
 * Indexes a plan (title and rich text) and each of its measures from the document's content.
 * Archived plans stay findable; their visibility decides who finds them.
 */
export async function indexPlan(
  plan: PlanRecord,
  text: string,
  measures: PlanMeasures,
  editedAt = new Date(),
): Promise<void> {
  const planId = plan._id.toHexString();
  const audience = audienceOf(plan.workspaceId, plan.visibility);
  const fields = [
    ...new Set(measures.flatMap((m) => (m.fieldOfAction ? [m.fieldOfAction] : []))),
  ] as FieldOfAction[];
  await indexEntry({
    type: 'plan',
    itemId: planId,
    workspaceId: plan.workspaceId,
    visibility: plan.visibility,
    audience,
    fieldsOfAction: fields,
    title: plan.title,
    text,
    updatedAt: editedAt,
  });
  const itemIds: string[] = [];
  for (const measure of measures) {
    const itemId = `${planId}:${measure.measureId}`;
    itemIds.push(itemId);
    await indexEntry({
      type: 'measure',
      itemId,
      parentId: plan._id,
      workspaceId: plan.workspaceId,
      visibility: plan.visibility,
      audience,
      fieldsOfAction: measure.fieldOfAction ? [measure.fieldOfAction] : [],
      title: measure.title,
      text: [measure.goal, measure.indicator, measure.responsibleOrganisation, measure.notes]
        .filter(Boolean)
        .join('\n'),
      updatedAt: editedAt,
    });
  }
  await removeChildren('measure', plan._id, itemIds);
}

/** The plan behind a document name, or null. */
export function findPlan(docName: string): Promise<PlanRecord | null> {
  return isId(docName) ? PlanModel.findById(docName).lean() : Promise.resolve(null);
}
