import { COLLAB_MAX_MESSAGE_BYTES } from '@pnetz/shared';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import {
  Participant,
  closeParticipants,
  connectTestDatabase,
  quietLogger,
  textOf,
  updateMessage,
} from '../../../../tests/support/collab-core';
import { eventually } from '../../../../tests/support/eventually';
import { CollabDocument, type DocumentOptions } from './document';
import { DEFAULT_COLLAB_TUNING } from './documents';
import { soleLeases, type CollabLeases } from './leases';
import { mongoPersistence, type CollabPersistence } from './persistence';
import { CollabSnapshotModel } from './persistence.model';

jest.setTimeout(60_000);

let disconnect: () => Promise<void>;
const open: CollabDocument[] = [];

beforeAll(async () => {
  disconnect = await connectTestDatabase('collab_document');
});

afterEach(() => {
  while (open.length > 0) open.pop()!.destroy();
  closeParticipants();
});

afterAll(async () => {
  await disconnect();
});

/** A document under test; writes wait for an explicit flush unless the test says otherwise. */
function serverDocument(overrides: Partial<DocumentOptions> = {}): CollabDocument {
  const document = new CollabDocument(new Types.ObjectId().toHexString(), {
    persistence: mongoPersistence,
    logger: quietLogger,
    flushIntervalMs: 60_000,
    compactAfterRows: 1_000,
    leases: soleLeases,
    reconcileAfterMs: 60_000,
    writeTimeoutMs: DEFAULT_COLLAB_TUNING.writeTimeoutMs,
    maxPendingBytes: DEFAULT_COLLAB_TUNING.maxPendingBytes,
    maxDocumentBytes: DEFAULT_COLLAB_TUNING.maxDocumentBytes,
    ...overrides,
  });
  open.push(document);
  return document;
}

/** What a server starting now would load for the document. */
async function reloaded(name: string): Promise<Y.Doc> {
  const stored = await mongoPersistence.fetch(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

function insert(text: string, index = 0) {
  return (doc: Y.Doc) => doc.getText('text').insert(index, text);
}

describe('syncing participants', () => {
  it('gives a joining participant what it lacks and takes what it brings', () => {
    const document = serverDocument();
    const stored = new Y.Doc();
    stored.getText('text').insert(0, 'gespeichert ');
    document.load({ snapshot: Y.encodeStateAsUpdate(stored), updates: [] });

    const returning = new Participant(document);
    returning.doc.getText('text').insert(0, 'offline ');
    returning.join();

    expect(textOf(returning.doc)).toBe(textOf(document.doc));
    expect(textOf(document.doc)).toContain('gespeichert');
    expect(textOf(document.doc)).toContain('offline');
    // What the participant brought is the server's to store; what was loaded is not.
    expect(document.hasPendingWrites).toBe(true);
  });

  it('converges whatever order concurrent updates arrive in, gaps included', () => {
    // Three people edit the same empty text at once; each sends two updates, the second
    // depending on the first.
    const authors = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const updates: Uint8Array[] = [];
    for (const [i, doc] of authors.entries()) {
      doc.on('update', (update: Uint8Array) => updates.push(update));
      doc.getText('text').insert(0, `Absatz ${i} `);
      doc.getText('text').insert(0, `Titel ${i} `);
      doc.getMap('meta').set('status', `Stand ${i}`);
    }

    const orders = [
      updates,
      [...updates].reverse(),
      // Second updates before the first ones they depend on.
      [...updates.filter((_, i) => i % 3 !== 0), ...updates.filter((_, i) => i % 3 === 0)],
    ];
    const results = orders.map((order) => {
      const document = serverDocument();
      const sender = new Participant(document).join();
      for (const update of order) sender.send(updateMessage(update));
      return document.doc;
    });

    const expected = new Y.Doc();
    for (const update of updates) Y.applyUpdate(expected, update);
    for (const doc of results) {
      expect(textOf(doc)).toBe(textOf(expected));
      expect(doc.getMap('meta').toJSON()).toEqual(expected.getMap('meta').toJSON());
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(expected));
    }
    for (let i = 0; i < 3; i++) {
      expect(textOf(expected)).toContain(`Titel ${i} `);
      expect(textOf(expected)).toContain(`Absatz ${i} `);
    }
  });

  it('relays an edit to every other participant, never back to its sender', () => {
    const document = serverDocument();
    const [a, b, c] = [1, 2, 3].map((n) => new Participant(document, 'write', `P${n}`).join());
    const sentToA = a!.received.length;

    a!.edit(insert('Hallo'));

    expect(textOf(b!.doc)).toBe('Hallo');
    expect(textOf(c!.doc)).toBe('Hallo');
    expect(a!.received).toHaveLength(sentToA);
  });

  it('drops a read-only participant’s edit and tells it so, but keeps it in sync', () => {
    const document = serverDocument();
    const writer = new Participant(document, 'write', 'Schreiber').join();
    const reader = new Participant(document, 'read', 'Leser').join();

    reader.edit(insert('darf nicht'));
    expect(textOf(document.doc)).toBe('');
    expect(reader.readOnlyNotices).toBe(1);
    expect(document.hasPendingWrites).toBe(false);

    writer.edit(insert('darf'));
    expect(textOf(reader.doc)).toContain('darf');
    expect(textOf(document.doc)).toBe('darf');
  });

  it('does not tell a read-only participant off for syncing a text with deletions', () => {
    const document = serverDocument();
    const writer = new Participant(document, 'write', 'Schreiber').join();
    writer.edit(insert('Entwurf mit Tippfehlern'));
    writer.edit((doc) => doc.getText('text').delete(7, 4));

    const reader = new Participant(document, 'read', 'Leser').join();
    expect(textOf(reader.doc)).toBe('Entwurf Tippfehlern');
    // Coming back (a reconnect, or a copy kept in the browser) with the text it already has.
    reader.leave();
    reader.join();
    expect(reader.readOnlyNotices).toBe(0);
  });

  it('closes only the sender of a malformed message, and refuses an oversized one', () => {
    const document = serverDocument();
    const good = new Participant(document, 'write', 'Gut').join();
    const broken = new Participant(document, 'write', 'Kaputt').join();
    const huge = new Participant(document, 'write', 'Riesig').join();

    // A sync update whose payload is not a Yjs update.
    broken.send(new Uint8Array([0, 2, 4, 255, 255, 255, 255]));
    huge.send(new Uint8Array(COLLAB_MAX_MESSAGE_BYTES + 1));

    expect(broken.closedWith).toBe('malformed_update');
    // Too large is refused with its reason; the sender stays connected.
    expect(huge.closedWith).toBeNull();
    expect(huge.refusals).toEqual(['too_large']);
    expect(good.closedWith).toBeNull();
    expect(document.participantCount).toBe(2);
    good.edit(insert('weiter'));
    expect(textOf(document.doc)).toBe('weiter');
    // A closed participant is no longer listened to.
    broken.edit(insert('zu spät'));
    expect(textOf(document.doc)).toBe('weiter');
  });
});

describe('storing updates in batches', () => {
  it('stores the edits of one interval as one row, and a restart loads them', async () => {
    const flushed: Array<[number, number]> = [];
    const document = serverDocument({ onFlushed: (n, age) => flushed.push([n, age]) });
    const writer = new Participant(document).join();
    for (const word of ['eins ', 'zwei ', 'drei ', 'vier ', 'fünf ']) writer.edit(insert(word));

    expect(document.hasPendingWrites).toBe(true);
    expect(await mongoPersistence.countUpdates(document.name)).toBe(0);

    await document.flush();
    expect(document.hasPendingWrites).toBe(false);
    expect(await mongoPersistence.countUpdates(document.name)).toBe(1);
    expect(flushed).toHaveLength(1);
    expect(flushed[0]![0]).toBe(5);
    expect(textOf(await reloaded(document.name))).toBe(textOf(document.doc));

    // Nothing new: a flush writes nothing.
    await document.flush();
    expect(await mongoPersistence.countUpdates(document.name)).toBe(1);
  });

  it('writes by itself within the flush interval', async () => {
    const document = serverDocument({ flushIntervalMs: 20 });
    new Participant(document).join().edit(insert('von selbst'));
    await eventually(async () => expect(textOf(await reloaded(document.name))).toBe('von selbst'));
    expect(document.hasPendingWrites).toBe(false);
  });

  it('does not store again what it loaded from storage', async () => {
    const document = serverDocument();
    const earlier = new Y.Doc();
    earlier.getText('text').insert(0, 'schon da');
    document.load({ snapshot: null, updates: [Y.encodeStateAsUpdate(earlier)] });
    expect(textOf(document.doc)).toBe('schon da');
    expect(document.hasPendingWrites).toBe(false);
    await document.flush();
    expect(await mongoPersistence.countUpdates(document.name)).toBe(0);
  });

  it('keeps a batch the database refused and stores it, with later edits, on retry', async () => {
    let refusals = 1;
    const flaky: CollabPersistence = {
      ...mongoPersistence,
      append: async (name, update) => {
        if (refusals > 0) {
          refusals -= 1;
          throw new Error('database unavailable');
        }
        await mongoPersistence.append(name, update);
      },
    };
    const document = serverDocument({ persistence: flaky });
    const writer = new Participant(document).join();
    writer.edit(insert('vor dem Ausfall '));

    await expect(document.flush()).rejects.toThrow('database unavailable');
    expect(document.hasPendingWrites).toBe(true);
    writer.edit(insert('während des Ausfalls ', 0));

    // The document retries on its own after a back-off.
    await eventually(async () => {
      expect(document.hasPendingWrites).toBe(false);
      expect(textOf(await reloaded(document.name))).toBe(textOf(document.doc));
    }, 5_000);
    expect(textOf(document.doc)).toBe('während des Ausfalls vor dem Ausfall ');
  });
});

describe('compaction', () => {
  it('folds the rows into a snapshot and keeps every update, also ones stored elsewhere', async () => {
    const document = serverDocument({ compactAfterRows: 3 });
    const writer = new Participant(document).join();
    const watcher = new Participant(document, 'read', 'Beobachter').join();

    writer.edit(insert('a'));
    await document.flush();
    writer.edit(insert('b', 1));
    await document.flush();
    // Another instance stored an edit this one never saw.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(document.doc));
    elsewhere.getMap('meta').set('von', 'anderer Instanz');
    await mongoPersistence.append(
      document.name,
      Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(document.doc)),
    );
    writer.edit(insert('c', 2));
    expect(await mongoPersistence.countUpdates(document.name)).toBe(3);
    await document.flush();

    expect(await mongoPersistence.countUpdates(document.name)).toBe(0);
    expect(await CollabSnapshotModel.countDocuments({ _id: document.name })).toBe(1);
    const after = await reloaded(document.name);
    expect(textOf(after)).toBe('abc');
    expect(after.getMap('meta').get('von')).toBe('anderer Instanz');
    // The instance learnt the foreign edit too, and passed it on.
    expect(document.doc.getMap('meta').get('von')).toBe('anderer Instanz');
    expect(watcher.doc.getMap('meta').get('von')).toBe('anderer Instanz');

    // Later edits are stored on top of the snapshot.
    writer.edit(insert('d', 3));
    await document.flush();
    expect(await mongoPersistence.countUpdates(document.name)).toBe(1);
    expect(textOf(await reloaded(document.name))).toBe('abcd');
  });

  it('leaves the rows alone while another instance holds the lease', async () => {
    const leases: CollabLeases = { acquire: async () => null, release: async () => undefined };
    const document = serverDocument({ compactAfterRows: 2, leases });
    const writer = new Participant(document).join();
    for (const word of ['x', 'y', 'z']) {
      writer.edit(insert(word));
      await document.flush();
    }
    expect(await mongoPersistence.countUpdates(document.name)).toBe(3);
    expect(await CollabSnapshotModel.countDocuments({ _id: document.name })).toBe(0);
    expect(await document.reconcile()).toBe(true);
    expect(textOf(await reloaded(document.name))).toBe('zyx');
  });

  it('compacts on request without losing edits that arrive meanwhile', async () => {
    const document = serverDocument();
    const writer = new Participant(document).join();
    writer.edit(insert('vorher '));
    await document.flush();
    const compacting = document.compact();
    writer.edit(insert('währenddessen ', 0));
    await compacting;
    await document.flush();
    expect(textOf(await reloaded(document.name))).toBe('währenddessen vorher ');
  });
});

describe('presence (awareness)', () => {
  it('publishes no presence of the server’s own', () => {
    const document = serverDocument();
    expect(document.awareness.getStates().size).toBe(0);
  });

  it('shows a joining participant who is already there', () => {
    const document = serverDocument();
    const first = new Participant(document, 'write', 'Erika').join();
    first.setPresence({ name: 'Erika' });
    const second = new Participant(document, 'write', 'Max').join();
    // The server stamps who is behind the state; the rest is the participant's own.
    expect(second.awareness.getStates().get(first.doc.clientID)).toMatchObject({
      name: 'Erika',
      user: { name: 'Erika' },
    });
  });

  it('passes presence on, and removes it when its participant leaves', async () => {
    const document = serverDocument();
    const a = new Participant(document, 'read', 'Erika').join();
    const b = new Participant(document, 'write', 'Max').join();
    a.setPresence({ name: 'Erika', cursor: 1 });
    await eventually(() =>
      expect(b.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        name: 'Erika',
        cursor: 1,
      }),
    );

    a.leave();
    expect(document.awareness.getStates().has(a.doc.clientID)).toBe(false);
    await eventually(() => expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });

  it('sends a burst of presence changes in a few messages, ending with the latest', async () => {
    const document = serverDocument();
    const mover = new Participant(document, 'write', 'Erika').join();
    const viewer = new Participant(document, 'write', 'Max').join();
    for (let cursor = 0; cursor < 50; cursor++) mover.setPresence({ cursor });

    await eventually(() =>
      expect(viewer.awareness.getStates().get(mover.doc.clientID)).toMatchObject({ cursor: 49 }),
    );
    const aboutMover = viewer.awarenessMessages().filter((ids) => ids.includes(mover.doc.clientID));
    expect(aboutMover.length).toBeGreaterThanOrEqual(1);
    expect(aboutMover.length).toBeLessThanOrEqual(3);
  });

  it('answers a presence query with everyone present', () => {
    const document = serverDocument();
    const a = new Participant(document, 'write', 'Erika').join();
    const b = new Participant(document, 'write', 'Max').join();
    a.setPresence({ name: 'Erika' });
    const before = b.received.length;
    // Query awareness (message type 3).
    b.send(new Uint8Array([3]));
    expect(b.received.length).toBe(before + 1);
    expect(b.awarenessMessages().at(-1)).toContain(a.doc.clientID);
  });
});
