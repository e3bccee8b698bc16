import { Types } from 'mongoose';
import * as Y from 'yjs';
import {
  Participant,
  closeParticipants,
  connectTestDatabase,
  quietLogger,
  textOf,
} from '../../../../tests/support/collab-core';
import { eventually } from '../../../../tests/support/eventually';
import { CollabDocuments, DEFAULT_COLLAB_TUNING, type DocumentsOptions } from './documents';
import { soleLeases, type CollabLeases } from './leases';
import { mongoPersistence, type CollabPersistence } from './persistence';

jest.setTimeout(60_000);

let disconnect: () => Promise<void>;
const registries: CollabDocuments[] = [];

beforeAll(async () => {
  disconnect = await connectTestDatabase('collab_documents');
});

afterEach(async () => {
  while (registries.length > 0) await registries.pop()!.closeAll();
  closeParticipants();
});

afterAll(async () => {
  await disconnect();
});

/** The documents of one server; writes wait for an unload or shutdown unless told otherwise. */
function documents(overrides: Partial<DocumentsOptions> = {}): CollabDocuments {
  const registry = new CollabDocuments({
    persistence: mongoPersistence,
    logger: quietLogger,
    flushIntervalMs: 60_000,
    compactAfterRows: 1_000,
    leases: soleLeases,
    reconcileAfterMs: 60_000,
    unloadAfterMs: 60_000,
    writeTimeoutMs: DEFAULT_COLLAB_TUNING.writeTimeoutMs,
    maxPendingBytes: DEFAULT_COLLAB_TUNING.maxPendingBytes,
    maxDocumentBytes: DEFAULT_COLLAB_TUNING.maxDocumentBytes,
    ...overrides,
  });
  registries.push(registry);
  return registry;
}

const newName = () => new Types.ObjectId().toHexString();

async function storedText(name: string): Promise<string> {
  const stored = await mongoPersistence.fetch(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return textOf(doc);
}

async function storeText(name: string, text: string): Promise<void> {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, text);
  await mongoPersistence.append(name, Y.encodeStateAsUpdate(doc));
}

describe('the documents of a server', () => {
  it('loads a document once however many open it at the same moment', async () => {
    let fetches = 0;
    const counting: CollabPersistence = {
      ...mongoPersistence,
      fetch: (name) => {
        fetches += 1;
        return mongoPersistence.fetch(name);
      },
    };
    const registry = documents({ persistence: counting });
    const name = newName();
    await storeText(name, 'gespeichert');

    const opened = await Promise.all([
      registry.open(name),
      registry.open(name),
      registry.open(name),
    ]);
    expect(new Set(opened).size).toBe(1);
    expect(fetches).toBe(1);
    expect(registry.size).toBe(1);
    expect(textOf(opened[0]!.doc)).toBe('gespeichert');
  });

  it('tries a failed load again on the next open', async () => {
    let failures = 1;
    const flaky: CollabPersistence = {
      ...mongoPersistence,
      fetch: async (name) => {
        if (failures-- > 0) throw new Error('database unavailable');
        return mongoPersistence.fetch(name);
      },
    };
    const registry = documents({ persistence: flaky });
    const name = newName();
    await storeText(name, 'da');
    await expect(registry.open(name)).rejects.toThrow('database unavailable');
    await eventually(() => expect(registry.peek(name)).toBeUndefined());
    expect(textOf((await registry.open(name)).doc)).toBe('da');
  });

  it('stores pending edits before it unloads a document nobody has open', async () => {
    const registry = documents({ unloadAfterMs: 20 });
    const name = newName();
    const document = await registry.open(name);
    const writer = new Participant(document).join();
    writer.edit((doc) => doc.getText('text').insert(0, 'zuletzt getippt'));
    expect(document.hasPendingWrites).toBe(true);

    writer.leave();
    registry.release(document);
    await eventually(() => expect(registry.size).toBe(0));
    expect(await storedText(name)).toBe('zuletzt getippt');
    // Left compact: the next open reads the snapshot alone.
    const stored = await mongoPersistence.fetch(name);
    expect(stored.updates).toHaveLength(0);
    expect(stored.snapshot).not.toBeNull();
  });

  it('unloads without compacting while another instance holds the lease', async () => {
    const leases: CollabLeases = { acquire: async () => null, release: async () => undefined };
    const registry = documents({ unloadAfterMs: 20, leases });
    const name = newName();
    const document = await registry.open(name);
    const writer = new Participant(document).join();
    writer.edit((doc) => doc.getText('text').insert(0, 'anderswo verdichtet'));
    writer.leave();
    registry.release(document);
    await eventually(() => expect(registry.size).toBe(0));
    const stored = await mongoPersistence.fetch(name);
    expect(stored.updates).toHaveLength(1);
    expect(stored.snapshot).toBeNull();
    expect(await storedText(name)).toBe('anderswo verdichtet');
  });

  it('keeps a document loaded while someone still has it open', async () => {
    const registry = documents({ unloadAfterMs: 20 });
    const name = newName();
    // Each participant holds the document, as the transports do.
    const document = await registry.open(name);
    expect(await registry.open(name)).toBe(document);
    const stays = new Participant(document, 'write', 'Bleibt').join();
    const goes = new Participant(document, 'write', 'Geht').join();
    goes.leave();
    registry.release(document);
    stays.edit((doc) => doc.getText('text').insert(0, 'noch da'));
    // Another document, left after this one, is unloaded: by then this one would have been too.
    const other = await registry.open(newName());
    registry.release(other);
    await eventually(() => expect(registry.peek(other.name)).toBeUndefined());
    expect(await registry.open(name)).toBe(document);
    expect(textOf(document.doc)).toBe('noch da');
  });

  it('reads a document beside its access check and lets nothing in without a grant', async () => {
    let fetchStarted = false;
    const watched: CollabPersistence = {
      ...mongoPersistence,
      fetch: (name) => {
        fetchStarted = true;
        return mongoPersistence.fetch(name);
      },
    };
    // Unloads would otherwise wait a minute: a refusal must not.
    const registry = documents({ persistence: watched });
    const name = newName();
    await storeText(name, 'intern');
    let decide!: (access: 'write' | null) => void;
    const check = new Promise<'write' | null>((resolve) => (decide = resolve));

    const refused = registry.openChecked(name, check);
    await eventually(() => expect(fetchStarted).toBe(true));
    decide(null);
    expect(await refused).toBeNull();
    await eventually(() => expect(registry.peek(name)).toBeUndefined());

    const granted = await registry.openChecked(name, Promise.resolve('read' as const));
    expect(granted?.granted).toBe('read');
    expect(textOf(granted!.document.doc)).toBe('intern');
  });

  it('gives the hold back when the access check fails', async () => {
    const registry = documents();
    const name = newName();
    await expect(
      registry.openChecked(name, Promise.reject(new Error('database unavailable'))),
    ).rejects.toThrow('database unavailable');
    await eventually(() => expect(registry.size).toBe(0));
  });

  it('refuses beside a participant without taking the document away or keeping it', async () => {
    const registry = documents({ unloadAfterMs: 20 });
    const name = newName();
    const document = await registry.open(name);
    expect(await registry.openChecked(name, Promise.resolve(null))).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await registry.peek(name)).toBe(document);
    registry.release(document);
    await eventually(() => expect(registry.size).toBe(0));
  });

  it('stores every pending batch of every document when the server shuts down', async () => {
    const registry = documents();
    const names = [newName(), newName()];
    for (const [i, name] of names.entries()) {
      const writer = new Participant(await registry.open(name)).join();
      writer.edit((doc) => doc.getText('text').insert(0, `Dokument ${i}`));
    }
    registries.pop();
    await registry.closeAll();
    expect(registry.size).toBe(0);
    expect(await storedText(names[0]!)).toBe('Dokument 0');
    expect(await storedText(names[1]!)).toBe('Dokument 1');
  });

  it('compacts a document with many stored rows when it loads it, keeping all of them', async () => {
    const registry = documents({ compactAfterRows: 5 });
    const name = newName();
    const author = new Y.Doc();
    author.on('update', (update: Uint8Array) => void mongoPersistence.append(name, update));
    for (let i = 0; i < 8; i++) author.getText('text').insert(i, String(i));
    await eventually(async () => expect(await mongoPersistence.countUpdates(name)).toBe(8));

    const document = await registry.open(name);
    expect(textOf(document.doc)).toBe('01234567');
    await eventually(async () => expect(await mongoPersistence.countUpdates(name)).toBe(0));
    expect(await storedText(name)).toBe('01234567');
  });
});
