import type { DocumentAccess, Measure, Plan, PlanVersion } from '@pnetz/shared';
import type { MeasureRecord } from './measure.model';
import type { PlanRecord } from './plan.model';
import type { PlanVersionRecord } from './plan-version.model';

export function presentPlan(plan: PlanRecord, access: DocumentAccess): Plan {
  return {
    id: plan._id.toHexString(),
    workspaceId: plan.workspaceId.toHexString(),
    title: plan.title,
    kind: plan.kind,
    visibility: plan.visibility,
    archived: plan.archived,
    access,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function presentMeasure(measure: MeasureRecord, planTitle: string): Measure {
  const { _id, planId, workspaceId, measureId, ...fields } = measure;
  return {
    ...fields,
    id: measureId,
    planId: planId.toHexString(),
    workspaceId: workspaceId.toHexString(),
    planTitle,
  };
}

export function presentVersion(version: Omit<PlanVersionRecord, 'state'>): PlanVersion {
  return {
    id: version._id.toHexString(),
    planId: version.planId.toHexString(),
    name: version.name,
    automatic: version.automatic,
    createdAt: version.createdAt.toISOString(),
    createdBy: version.createdBy?.toHexString() ?? null,
  };
}
