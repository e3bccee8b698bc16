import fs from 'node:fs/promises';
import { ServerEvent } from '@pnetz/shared';
import * as Y from 'yjs';
import { mongoPersistence } from '../../../server/src/realtime/collab/persistence';
import {
  openCollabClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { startTestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

jest.setTimeout(60_000);

describe('editing while the database does not answer', () => {
  let app: TestServer;
  let db: Awaited<ReturnType<typeof startTestDatabase>>;
  let client: CollabClient;
  let planId: string;

  async function stored(): Promise<string[]> {
    const { snapshot, updates } = await mongoPersistence.fetch(planId);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return paragraphs(doc);
  }

  beforeAll(async () => {
    // This test freezes its own database server, so it does not share the run's one.
    db = await startTestDatabase();
    process.env.TEST_MONGODB_URI_SAVED = process.env.TEST_MONGODB_URI;
    process.env.TEST_MONGODB_URI = db.uri;
    app = await startTestServer(
      {},
      { collab: { flushIntervalMs: 50, writeTimeoutMs: 1_000, maxPendingBytes: 4_000 } },
    );
    const workspace = await createWorkspace();
    const user = await createUser();
    await addMember(workspace._id, user.id, 'member');
    planId = (await createPlan(workspace._id, user.id)).id as string;
    const api = new ApiClient(app.url);
    await api.login(user.email, user.password);
    client = openCollabClient(app.url, api.cookieHeader(), planId);
    await whenSynced(client.provider);
  });

  afterAll(async () => {
    client.close();
    if (db.pid) process.kill(db.pid, 'SIGCONT');
    await app.close();
    await db.stop();
    await fs.rm(db.dataDir, { recursive: true, force: true });
    process.env.TEST_MONGODB_URI = process.env.TEST_MONGODB_URI_SAVED;
  });

  it('says "not stored", refuses edits past the buffer, and stores everything once it is back', async () => {
    const { provider } = client;
    typeParagraph(client.doc, 'Vor der Störung');
    await eventually(() => {
      expect(provider.persistence).toBe('stored');
      expect(provider.isStored()).toBe(true);
    });

    const refusals: string[] = [];
    client.socket.on(ServerEvent.CollabRefused, (info) => refusals.push(info.reason));
    process.kill(db.pid!, 'SIGSTOP');
    try {
      typeParagraph(client.doc, 'Während der Störung');
      await eventually(() => expect(provider.persistence).toBe('failing'), 10_000);
      expect(provider.isStored()).toBe(false);
      // The buffer is bounded: past it, edits are refused with their reason, the plan stays open.
      for (let i = 0; i < 20; i++) typeParagraph(client.doc, `Absatz ${i} ${'x'.repeat(300)}`);
      await eventually(() => expect(refusals).toContain('not_saved_yet'));
      expect(client.socket.connected).toBe(true);
    } finally {
      process.kill(db.pid!, 'SIGCONT');
    }

    // Back: every edit, the refused ones too (the server asks for them again), is stored.
    await eventually(() => {
      expect(provider.persistence).toBe('stored');
      expect(provider.isStored()).toBe(true);
    }, 30_000);
    const expected = paragraphs(client.doc);
    expect(expected).toHaveLength(22);
    await eventually(async () => expect(await stored()).toEqual(expected), 10_000);
  });
});
