import {
  FieldOfActionSchema,
  MeasureStatusSchema,
  PLAN_DOCUMENT,
  type Measure,
} from '@pnetz/shared';
import * as Y from 'yjs';

/** A measure as the plan document holds it: the Measure fields without the plan's ids. */
export type MeasureFields = Omit<Measure, 'planId' | 'planTitle' | 'workspaceId'>;
export type MeasureKey = Exclude<keyof MeasureFields, 'id'>;

export interface MeasureEntry {
  fields: MeasureFields;
  /** The live map: edits are written straight into it and reach everyone at once. */
  map: Y.Map<unknown>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const day = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
const number = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Other clients write these maps too: every value is checked, as the server's mirror does. */
export function readMeasure(map: Y.Map<unknown>): MeasureFields {
  const progress = number(map.get('progress')) ?? 0;
  return {
    id: text(map.get('id')),
    title: text(map.get('title')),
    goal: text(map.get('goal')),
    fieldOfAction: FieldOfActionSchema.safeParse(map.get('fieldOfAction')).data ?? null,
    responsibleOrganisation: text(map.get('responsibleOrganisation')),
    responsiblePerson: text(map.get('responsiblePerson')),
    start: day(map.get('start')),
    deadline: day(map.get('deadline')),
    status: MeasureStatusSchema.safeParse(map.get('status')).data ?? 'planned',
    progress: Math.min(100, Math.max(0, Math.round(progress))),
    indicator: text(map.get('indicator')),
    linkedProjectId: text(map.get('linkedProjectId')) || null,
    budget: number(map.get('budget')),
    notes: text(map.get('notes')),
  };
}

export function measuresOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(PLAN_DOCUMENT.measures);
}

/** Measures with an id, once each (the first wins, as in the server's mirror). */
export function readMeasures(doc: Y.Doc): MeasureEntry[] {
  const seen = new Set<string>();
  const entries: MeasureEntry[] = [];
  for (const item of measuresOf(doc).toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const fields = readMeasure(item);
    if (!fields.id || seen.has(fields.id)) continue;
    seen.add(fields.id);
    entries.push({ fields, map: item });
  }
  return entries;
}

/** Appends an empty measure and returns its id. */
export function addMeasure(doc: Y.Doc): string {
  const id = crypto.randomUUID();
  const initial: MeasureFields = {
    id,
    title: '',
    goal: '',
    fieldOfAction: null,
    responsibleOrganisation: '',
    responsiblePerson: '',
    start: null,
    deadline: null,
    status: 'planned',
    progress: 0,
    indicator: '',
    linkedProjectId: null,
    budget: null,
    notes: '',
  };
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(initial)) map.set(key, value);
    measuresOf(doc).push([map]);
  });
  return id;
}

export function setMeasureField<K extends MeasureKey>(
  map: Y.Map<unknown>,
  key: K,
  value: MeasureFields[K],
): void {
  if (map.get(key) !== value) map.set(key, value);
}

export function deleteMeasure(doc: Y.Doc, id: string): void {
  const measures = measuresOf(doc);
  doc.transact(() => {
    // From the end, so indices stay valid; duplicates of the id go as well.
    for (let index = measures.length - 1; index >= 0; index -= 1) {
      const item = measures.get(index);
      if (item instanceof Y.Map && item.get('id') === id) measures.delete(index, 1);
    }
  });
}
