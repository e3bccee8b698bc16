import { PLAN_DOCUMENT } from '@pnetz/shared';
import { LRUCache } from 'lru-cache';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import { notFound } from '../errors';
import type { CollabDocument } from '../realtime/collab/document';
import { PlanVersionModel, type PlanVersionRecord } from './plan-version.model';

/** An automatic version is taken once editing has paused this long… */
const AUTO_VERSION_QUIET_MS = 60_000;
/** …and at most this often per plan. */
const AUTO_VERSION_MIN_INTERVAL_MS = 10 * 60_000;

export async function createVersion(
  planId: string,
  state: Uint8Array,
  options: { name: string | null; automatic: boolean; createdBy: string | null },
): Promise<PlanVersionRecord> {
  return PlanVersionModel.create({
    planId: new Types.ObjectId(planId),
    name: options.name,
    automatic: options.automatic,
    state: Buffer.from(state),
    createdBy: options.createdBy ? new Types.ObjectId(options.createdBy) : null,
  });
}

export async function listVersions(
  planId: string,
): Promise<Array<Omit<PlanVersionRecord, 'state'>>> {
  return PlanVersionModel.find({ planId: new Types.ObjectId(planId) }, { state: 0 })
    .sort({ createdAt: -1 })
    .limit(200)
    .lean();
}

/** One version of the plan with its state; a version of another plan is not found. */
export async function findVersion(
  planId: string,
  versionId: string,
): Promise<{ version: Omit<PlanVersionRecord, 'state'>; state: Uint8Array }> {
  const found = await PlanVersionModel.findOne({
    _id: versionId,
    planId: new Types.ObjectId(planId),
  }).lean();
  if (!found) throw notFound('Version');
  const { state, ...version } = found;
  // Lean reads may hand out a Buffer or a BSON Binary (whose `buffer` is the bytes themselves).
  return {
    version,
    state: new Uint8Array(state.buffer as ArrayBuffer, state.byteOffset, state.byteLength),
  };
}

export async function versionState(planId: string, versionId: string): Promise<Uint8Array> {
  return (await findVersion(planId, versionId)).state;
}

/**
 * Makes the live document look like the version again, as one new change: the text and the
 * measures are replaced by copies of the old ones, so every participant sees the restore live and
 * it can itself be undone by restoring a later version.
 */
export function restoreInto(live: Y.Doc, versionState: Uint8Array, origin: unknown): void {
  const old = new Y.Doc();
  Y.applyUpdate(old, versionState);
  live.transact(() => {
    const text = live.getXmlFragment(PLAN_DOCUMENT.text);
    text.delete(0, text.length);
    const nodes = old.getXmlFragment(PLAN_DOCUMENT.text).toArray();
    text.insert(
      0,
      nodes
        .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook))
        .map((node) => node.clone()),
    );
    const measures = live.getArray<unknown>(PLAN_DOCUMENT.measures);
    measures.delete(0, measures.length);
    measures.insert(
      0,
      old
        .getArray<unknown>(PLAN_DOCUMENT.measures)
        .toArray()
        .map((item) => (item instanceof Y.AbstractType ? item.clone() : item)),
    );
  }, origin);
  old.destroy();
}

/** Takes automatic versions after bursts of editing. */
export class AutoVersioner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When a plan's last automatic version was taken; forgotten once it no longer matters. */
  private readonly lastTaken = new LRUCache<string, number>({
    max: 10_000,
    ttl: AUTO_VERSION_MIN_INTERVAL_MS,
  });

  /** `loaded` finds a plan's document if it is in memory. */
  constructor(private readonly loaded: (planId: string) => Promise<CollabDocument> | undefined) {}

  /** Called after each durable write of a plan. */
  touched(planId: string): void {
    clearTimeout(this.timers.get(planId));
    const timer = setTimeout(() => void this.take(planId), AUTO_VERSION_QUIET_MS);
    timer.unref();
    this.timers.set(planId, timer);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async take(planId: string): Promise<void> {
    this.timers.delete(planId);
    if (Date.now() - (this.lastTaken.get(planId) ?? 0) < AUTO_VERSION_MIN_INTERVAL_MS) return;
    const loaded = await this.loaded(planId)?.catch(() => undefined);
    if (!loaded) return;
    this.lastTaken.set(planId, Date.now());
    await createVersion(planId, Y.encodeStateAsUpdate(loaded.doc), {
      name: null,
      automatic: true,
      createdBy: null,
    }).catch(() => this.lastTaken.delete(planId));
  }
}
