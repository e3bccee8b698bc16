import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import * as Y from 'yjs';
import { mongoLeases } from '../../../server/src/realtime/collab/leases';
import { createLogger } from '../../../server/src/logger';
import {
  moveLegacySnapshots,
  mongoPersistence,
} from '../../../server/src/realtime/collab/persistence';
import {
  CollabUpdateModel,
  LEGACY_SNAPSHOTS,
} from '../../../server/src/realtime/collab/persistence.model';
import { testDatabaseUri } from '../../support/server';

/** A document as one instance holds it in memory, loaded from storage. */
async function loaded(docName: string): Promise<Y.Doc> {
  const stored = await mongoPersistence.fetch(docName);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Appends one paragraph to storage as a participant's update would arrive. */
async function storeLine(docName: string, base: Y.Doc, line: string): Promise<void> {
  const before = Y.encodeStateVector(base);
  base.getArray<string>('lines').push([line]);
  await mongoPersistence.append(docName, Y.encodeStateAsUpdate(base, before));
}

const lines = (doc: Y.Doc) => doc.getArray<string>('lines').toArray();

beforeAll(async () => {
  await mongoose.connect(testDatabaseUri(), {
    dbName: `compaction_${randomBytes(4).toString('hex')}`,
    // For counting the reads an open costs.
    monitorCommands: true,
  });
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
});
afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

describe('compaction', () => {
  it('merges the stored snapshot: what another instance compacted meanwhile is kept', async () => {
    const docName = `doc-${randomBytes(4).toString('hex')}`;
    const writer = new Y.Doc();
    await storeLine(docName, writer, 'eins');
    const a = mongoLeases('instance-a', { leaseMs: 50 });
    const b = mongoLeases('instance-b', { leaseMs: 50 });

    // Instance A loads the document; then B stores and compacts a line A never saw.
    const inA = await loaded(docName);
    await storeLine(docName, writer, 'zwei');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const fenceB = await b.acquire(docName);
    expect(await mongoPersistence.compact(docName, await loaded(docName), fenceB!)).toBe(true);
    expect(await CollabUpdateModel.countDocuments({ docName })).toBe(0);

    // A compacts later with its older state in memory: the stored snapshot is merged first.
    await storeLine(docName, writer, 'drei');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const fenceA = await a.acquire(docName);
    expect(fenceA).toBeGreaterThan(fenceB!);
    expect(await mongoPersistence.compact(docName, inA, fenceA!)).toBe(true);
    expect(lines(await loaded(docName))).toEqual(['eins', 'zwei', 'drei']);
  });

  it('refuses the snapshot of an instance that paused past its lease, and deletes nothing', async () => {
    const docName = `doc-${randomBytes(4).toString('hex')}`;
    const writer = new Y.Doc();
    await storeLine(docName, writer, 'eins');
    const a = mongoLeases('instance-a', { leaseMs: 50 });
    const b = mongoLeases('instance-b', { leaseMs: 50 });

    const staleFence = await a.acquire(docName);
    expect(staleFence).not.toBeNull();
    const stale = await loaded(docName);
    expect(await b.acquire(docName)).toBeNull(); // A holds the lease…
    await new Promise((resolve) => setTimeout(resolve, 60));
    const fenceB = await b.acquire(docName); // …until it expires while A is paused.
    expect(fenceB).toBeGreaterThan(staleFence!);
    await storeLine(docName, writer, 'zwei');
    expect(await mongoPersistence.compact(docName, await loaded(docName), fenceB!)).toBe(true);

    // A wakes up with a document that lacks 'zwei' and a row stored after B's snapshot.
    await storeLine(docName, writer, 'drei');
    expect(lines(stale)).toEqual(['eins']);
    expect(await mongoPersistence.compact(docName, stale, staleFence!)).toBe(false);
    expect(await CollabUpdateModel.countDocuments({ docName })).toBe(1);
    expect(lines(await loaded(docName))).toEqual(['eins', 'zwei', 'drei']);
  });

  it('hands out ever-growing fencing tokens, also after a release', async () => {
    const docName = `doc-${randomBytes(4).toString('hex')}`;
    const a = mongoLeases('instance-a');
    const first = await a.acquire(docName);
    await a.release(docName);
    const second = await mongoLeases('instance-b').acquire(docName);
    expect(second).toBeGreaterThan(first!);
  });

  it('opens a document with one read by _id and one for its update rows', async () => {
    const docName = `doc-${randomBytes(4).toString('hex')}`;
    await storeLine(docName, new Y.Doc(), 'eins');
    const reads: Array<{ collection: unknown; filter: unknown }> = [];
    const listener = (event: { commandName: string; command: Record<string, unknown> }) => {
      if (event.commandName === 'find')
        reads.push({ collection: event.command.find, filter: event.command.filter });
    };
    const client = mongoose.connection.getClient();
    client.on('commandStarted', listener);
    try {
      await mongoPersistence.fetch(docName);
    } finally {
      client.off('commandStarted', listener);
    }
    expect(reads).toHaveLength(2);
    expect(reads).toContainEqual({ collection: 'collab_states', filter: { _id: docName } });
    expect(reads).toContainEqual({ collection: 'collab_updates', filter: { docName } });
  });

  it('moves snapshots stored by earlier versions into update rows, once', async () => {
    const db = mongoose.connection.db!;
    const docName = `doc-${randomBytes(4).toString('hex')}`;
    const writer = new Y.Doc();
    writer.getArray<string>('lines').push(['eins']);
    await db
      .collection(LEGACY_SNAPSHOTS)
      .insertOne({ docName, data: Buffer.from(Y.encodeStateAsUpdate(writer)), fence: 3 });
    await storeLine(docName, writer, 'zwei');

    const logger = createLogger('silent');
    expect(await moveLegacySnapshots(logger)).toBe(1);
    expect(await db.collection(LEGACY_SNAPSHOTS).countDocuments()).toBe(0);
    expect(lines(await loaded(docName))).toEqual(['eins', 'zwei']);
    expect(await moveLegacySnapshots(logger)).toBe(0);

    // The next compaction writes the snapshot by name.
    const fence = await mongoLeases('instance-a').acquire(docName);
    expect(await mongoPersistence.compact(docName, new Y.Doc(), fence!)).toBe(true);
    const stored = await mongoPersistence.fetch(docName);
    expect(stored.updates).toHaveLength(0);
    expect(lines(await loaded(docName))).toEqual(['eins', 'zwei']);
  });
});
