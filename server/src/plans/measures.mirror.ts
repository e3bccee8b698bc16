import { FieldOfActionSchema, MeasureStatusSchema, PLAN_DOCUMENT } from '@pnetz/shared';
import { LRUCache } from 'lru-cache';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import { MeasureModel, type MeasureRecord } from './measure.model';

type MirroredMeasure = Omit<MeasureRecord, '_id' | 'planId' | 'workspaceId'>;

const text = (value: unknown, max = 2000) => (typeof value === 'string' ? value.slice(0, max) : '');
const date = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
const number = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * Reads the measures of a plan document. The document is written by clients, so every value is
 * checked and coerced here; anything unusable becomes empty rather than breaking the mirror.
 */
export function readMeasures(doc: Y.Doc): MirroredMeasure[] {
  const measures = doc.getArray<unknown>(PLAN_DOCUMENT.measures);
  const seen = new Set<string>();
  const result: MirroredMeasure[] = [];
  for (const item of measures.toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const id = text(item.get('id'), 64);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const progress = number(item.get('progress'));
    result.push({
      measureId: id,
      title: text(item.get('title'), 300),
      goal: text(item.get('goal')),
      fieldOfAction: FieldOfActionSchema.safeParse(item.get('fieldOfAction')).data ?? null,
      responsibleOrganisation: text(item.get('responsibleOrganisation'), 300),
      responsiblePerson: text(item.get('responsiblePerson'), 300),
      start: date(item.get('start')),
      deadline: date(item.get('deadline')),
      status: MeasureStatusSchema.safeParse(item.get('status')).data ?? 'planned',
      progress: progress === null ? 0 : Math.min(100, Math.max(0, Math.round(progress))),
      indicator: text(item.get('indicator')),
      linkedProjectId: text(item.get('linkedProjectId'), 64) || null,
      budget: number(item.get('budget')),
      notes: text(item.get('notes'), 5000),
    });
  }
  return result;
}

/**
 * Last mirrored state per plan, so unchanged measures cost no database round trip. Bounded: the
 * plans edited least recently are forgotten (they are mirrored once more on their next write).
 */
const lastMirrored = new LRUCache<string, string>({ max: 2_000 });

/** Rewrites the plan's rows in `measures` from its document (upserts, then removes the gone). */
export async function mirrorMeasures(
  planId: string,
  workspaceId: string,
  doc: Y.Doc,
): Promise<void> {
  const measures = readMeasures(doc);
  const fingerprint = JSON.stringify(measures);
  if (lastMirrored.get(planId) === fingerprint) return;
  const plan = new Types.ObjectId(planId);
  const workspace = new Types.ObjectId(workspaceId);
  if (measures.length > 0) {
    await MeasureModel.bulkWrite(
      measures.map((measure) => ({
        updateOne: {
          filter: { planId: plan, measureId: measure.measureId },
          update: { $set: { ...measure, workspaceId: workspace } },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }
  await MeasureModel.deleteMany({
    planId: plan,
    measureId: { $nin: measures.map((m) => m.measureId) },
  });
  lastMirrored.set(planId, fingerprint);
}

export function forgetMirror(planId: string): void {
  lastMirrored.delete(planId);
}
