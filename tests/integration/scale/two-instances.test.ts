import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { ClientEvent, ServerEvent, type FeedItem } from '@pnetz/shared';
import mongoose from 'mongoose';
import * as Y from 'yjs';
import { CollabUpdateModel } from '../../../server/src/realtime/collab/persistence.model';
import { mongoPersistence } from '../../../server/src/realtime/collab/persistence';
import {
  openCollabClient,
  openWebsocketClient,
  paragraphs,
  typeParagraph,
  whenSynced,
} from '../../support/collab';
import { tempDataDir } from '../../support/database';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { ServerProcess } from '../../support/process-server';
import { TestRedis } from '../../support/redis';
import { councilWith, createProject, listen } from '../../support/projects';
import { testDatabaseUri } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

jest.setTimeout(120_000);

let redis: TestRedis;
let a: ServerProcess;
let b: ServerProcess;
let dataDir: string;
let workspaceId: string;
const users: Array<{ email: string; password: string; id: string }> = [];
const closers: Array<{ close(): void }> = [];

async function cookieOn(server: ServerProcess, index = 0): Promise<string> {
  const api = new ApiClient(server.url);
  await api.login(users[index]!.email, users[index]!.password);
  return api.cookieHeader();
}

async function stored(planId: string): Promise<Y.Doc> {
  const { snapshot, updates } = await mongoPersistence.fetch(planId);
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

function track<T extends { close(): void }>(client: T): T {
  closers.push(client);
  return client;
}

beforeAll(async () => {
  const dbName = `scale_${randomBytes(4).toString('hex')}`;
  await mongoose.connect(testDatabaseUri(), { dbName });
  redis = await TestRedis.start();
  dataDir = await tempDataDir('pnetz-scale-');
  const uri = `${testDatabaseUri()}${dbName}`;
  a = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  b = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  const workspace = await createWorkspace();
  workspaceId = workspace.id as string;
  for (let i = 0; i < 3; i++) {
    const user = await createUser();
    await addMember(workspace._id, user.id, 'member');
    users.push(user);
  }
  await Promise.all([a.start(), b.start()]);
});

afterEach(() => {
  while (closers.length > 0) closers.pop()!.close();
});

afterAll(async () => {
  await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
  await redis.stop();
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('two instances behind one database and one Redis', () => {
  it('converges clients of one plan on both instances, over both transports, and stores each update once', async () => {
    const planId = (await createPlan(workspaceId, users[0]!.id)).id as string;
    const onA = track(openCollabClient(a.url, await cookieOn(a, 0), planId));
    const onB = track(openCollabClient(b.url, await cookieOn(b, 1), planId));
    const wsOnB = track(openWebsocketClient(b.url, await cookieOn(b, 2), planId));
    await Promise.all([
      whenSynced(onA.provider),
      whenSynced(onB.provider),
      new Promise<void>((r) => wsOnB.provider.once('sync', () => r())),
    ]);

    const typed: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (const [client, name] of [
        [onA, 'A'],
        [onB, 'B'],
        [wsOnB, 'W'],
      ] as const) {
        const text = `${name}${i}`;
        typed.push(text);
        typeParagraph(client.doc, text);
      }
    }
    await eventually(() => {
      expect(paragraphs(onA.doc).slice().sort()).toEqual(typed.slice().sort());
      expect(paragraphs(onB.doc)).toEqual(paragraphs(onA.doc));
      expect(paragraphs(wsOnB.doc)).toEqual(paragraphs(onA.doc));
    }, 15_000);
    await eventually(
      async () => expect(paragraphs(await stored(planId)).sort()).toEqual(typed.slice().sort()),
      15_000,
    );

    // Every struct a client wrote is in exactly one stored row: no instance stored another's update.
    const rows = await CollabUpdateModel.find({ docName: planId }).lean();
    const seen = new Map<string, number>();
    for (const row of rows) {
      for (const struct of Y.decodeUpdate(new Uint8Array(row.data.buffer)).structs) {
        for (let clock = struct.id.clock; clock < struct.id.clock + struct.length; clock++) {
          const key = `${struct.id.client}:${clock}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
      }
    }
    expect([...seen.values()].filter((count) => count > 1)).toEqual([]);
  });

  it('carries Socket.IO room events across instances (logout on one ends sockets on the other)', async () => {
    const api = new ApiClient(a.url);
    await api.login(users[0]!.email, users[0]!.password);
    const socketOnB = connectSocket(b.url, api.cookieHeader());
    track({ close: () => socketOnB.close() });
    await whenConnected(socketOnB);
    expect(await socketOnB.timeout(2000).emitWithAck(ClientEvent.Ping)).toMatchObject({ ok: true });
    const ended = new Promise<void>((resolve) => socketOnB.once(ServerEvent.SessionEnded, resolve));
    await api.send('post', '/api/auth/logout');
    await ended;
  });

  it('when one instance is killed, its clients move to the other and nothing typed is lost', async () => {
    const planId = (await createPlan(workspaceId, users[0]!.id)).id as string;
    const writer = track(openCollabClient(a.url, await cookieOn(a, 0), planId));
    const watcher = track(openCollabClient(b.url, await cookieOn(b, 1), planId));
    await Promise.all([whenSynced(writer.provider), whenSynced(watcher.provider)]);

    const typed = Array.from({ length: 25 }, (_, i) => `vor dem Absturz ${i}`);
    for (const text of typed) typeParagraph(writer.doc, text);
    await eventually(() => expect(paragraphs(watcher.doc)).toEqual(typed));
    await a.stop('SIGKILL');

    // The load balancer sends the writer to the surviving instance; its document keeps its state.
    writer.provider.destroy();
    const rejoined = track(
      openCollabClient(b.url, await cookieOn(b, 0), planId, { doc: writer.doc }),
    );
    await whenSynced(rejoined.provider);
    typeParagraph(writer.doc, 'nach dem Umzug');

    const expected = [...typed, 'nach dem Umzug'];
    await eventually(() => expect(paragraphs(watcher.doc)).toEqual(expected));
    await eventually(
      async () => expect(paragraphs(await stored(planId))).toEqual(expected),
      30_000,
    );
    await a.start();
  });

  it('delivers live feed events to members on the other instance, and stops at once for a removed member', async () => {
    const c = await councilWith(a.url, { admin: 'admin', teacher: 'member', police: 'member' });
    const project = await createProject(c.teacher!.client, c.workspaceId);
    const police = await listen(b.url, c.police!, { workspaceId: c.workspaceId });
    const admin = await listen(b.url, c.admin!, { workspaceId: c.workspaceId });
    track({ close: () => police.close() });
    track({ close: () => admin.close() });
    const postUpdate = async (text: string) => {
      const res = await c.teacher!.client.send('post', `/api/projects/${project.id}/updates`, {
        text,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const received = (socket: { feed: FeedItem[] }, id: string) =>
      socket.feed.some((item) => item.kind === 'update.posted' && item.itemId === id);

    const first = await postUpdate('Auf Instanz A geschrieben');
    await eventually(() => expect(received(police, first)).toBe(true));

    const removed = await c.admin!.client.send(
      'delete',
      `/api/workspaces/${c.workspaceId}/members/${c.police!.id}`,
    );
    expect(removed.status).toBeLessThan(300);
    const second = await postUpdate('Nach dem Entfernen');
    await eventually(() => expect(received(admin, second)).toBe(true));
    expect(received(police, second)).toBe(false);
  });

  it('keeps serving each instance while Redis restarts, and fans out again afterwards', async () => {
    const planId = (await createPlan(workspaceId, users[0]!.id)).id as string;
    const onA = track(openCollabClient(a.url, await cookieOn(a, 0), planId));
    const onB = track(openCollabClient(b.url, await cookieOn(b, 1), planId));
    await Promise.all([whenSynced(onA.provider), whenSynced(onB.provider)]);

    await redis.stop();
    typeParagraph(onA.doc, 'während Redis weg ist');
    await eventually(async () =>
      expect(paragraphs(await stored(planId))).toContain('während Redis weg ist'),
    );
    await redis.restart();

    typeParagraph(onB.doc, 'nachdem Redis zurück ist');
    await eventually(
      () => expect(paragraphs(onA.doc)).toContain('nachdem Redis zurück ist'),
      20_000,
    ).catch((error: unknown) => {
      console.log('A', a.logs.slice(-3000), '\nB', b.logs.slice(-3000));
      throw error;
    });
  });
});
