import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { ServerEvent, type AccountSession } from '@pnetz/shared';
import mongoose from 'mongoose';
import request from 'supertest';
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
import { testDatabaseUri } from '../../support/server';

/**
 * A session ended through instance A (logout, a password change, the account page, an admin,
 * a deactivation) closes that session's live document connections on instance B at once: the
 * y-websocket connection is closed by the server with 4403, the Socket.IO connection is told
 * that its session ended and is disconnected, and neither can come back with the old cookie.
 */

jest.setTimeout(120_000);

const CLOSED_WITHIN_MS = 1000;

let redis: TestRedis;
let a: ServerProcess;
let b: ServerProcess;
let dataDir: string;
let councilId: string;
let planId: string;
let platformAdmin: ApiClient;
const closers: Array<() => void> = [];

beforeAll(async () => {
  const dbName = `sessions_${randomBytes(4).toString('hex')}`;
  await mongoose.connect(testDatabaseUri(), { dbName });
  redis = await TestRedis.start();
  dataDir = await tempDataDir('pnetz-session-end-');
  const uri = `${testDatabaseUri()}${dbName}`;
  a = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  b = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  await Promise.all([a.start(), b.start()]);
  councilId = (await createWorkspace()).id as string;
  const admin = await createUser({ platformRoles: ['admin'] });
  platformAdmin = new ApiClient(a.url);
  await platformAdmin.login(admin.email, admin.password);
  planId = (await createPlan(councilId, admin.id)).id as string;
});

afterEach(() => {
  while (closers.length > 0) closers.pop()!();
});

afterAll(async () => {
  await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
  await redis.stop();
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface Member {
  id: string;
  email: string;
  password: string;
  /** The session whose connections must end (its connections are on B, its API calls on A). */
  ended: ApiClient;
  /** Another session of the same person, signed in through instance A. */
  other: ApiClient;
}

async function member(): Promise<Member> {
  const user = await createUser();
  await addMember(councilId, user.id, 'member');
  const ended = new ApiClient(a.url);
  const other = new ApiClient(a.url);
  await Promise.all([
    ended.login(user.email, user.password),
    other.login(user.email, user.password),
  ]);
  return { id: user.id, email: user.email, password: user.password, ended, other };
}

/** The session's document connections on B, over both transports, with how they ended. */
async function connectionsOnB(cookie: string) {
  const websocket = openWebsocketClient(b.url, cookie, planId);
  closers.push(() => websocket.close());
  const closeCodes: number[] = [];
  websocket.provider.on('connection-close', (event: { code: number } | null) => {
    if (event) closeCodes.push(event.code);
  });
  await new Promise<void>((resolve) => websocket.provider.once('sync', () => resolve()));

  const socketio = openCollabClient(b.url, cookie, planId);
  closers.push(() => socketio.close());
  let sessionEnded = false;
  socketio.socket.on(ServerEvent.SessionEnded, () => (sessionEnded = true));
  await whenSynced(socketio.provider);

  return {
    async expectClosed(since: number) {
      await eventually(() => {
        expect(closeCodes).toContain(4403);
        expect(sessionEnded).toBe(true);
        expect(socketio.socket.connected).toBe(false);
      }, 5_000);
      expect(Date.now() - since).toBeLessThanOrEqual(CLOSED_WITHIN_MS);
    },
  };
}

async function ok(res: { status: number; body: unknown }, what: string): Promise<void> {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The ended cookie opens nothing on either instance any more. */
async function expectRefused(cookie: string): Promise<void> {
  for (const server of [a, b]) {
    await request(server.url)
      .get('/api/auth/session')
      .set('cookie', cookie)
      .expect(200)
      .then((res) => expect(res.body.user).toBeNull());
    const upgrade = await request(server.url)
      .get(`/collab/${planId}`)
      .set('cookie', cookie)
      .set('connection', 'Upgrade')
      .set('upgrade', 'websocket')
      .set('sec-websocket-version', '13')
      .set('sec-websocket-key', randomBytes(16).toString('base64'))
      .ok(() => true);
    expect(upgrade.status).toBe(401);
  }
}

type Ending = 'logout' | 'password' | 'account page' | 'admin' | 'deactivation';

const ENDINGS: Array<[Ending, (who: Member) => Promise<void>]> = [
  ['logout', async (who) => ok(await who.ended.send('post', '/api/auth/logout'), 'logout')],
  [
    'password',
    async (who) =>
      ok(
        await who.other.send('post', '/api/auth/password', {
          currentPassword: who.password,
          newPassword: 'Ganz-Neues-Passwort-2',
        }),
        'password change',
      ),
  ],
  [
    'account page',
    async (who) => {
      const list = await who.other.get('/api/me/sessions').expect(200);
      const others = (list.body.items as AccountSession[]).filter((s) => !s.current);
      expect(others).toHaveLength(1);
      await ok(await who.other.send('delete', `/api/me/sessions/${others[0]!.id}`), 'end one');
    },
  ],
  [
    'admin',
    async (who) =>
      ok(await platformAdmin.send('delete', `/api/admin/users/${who.id}/sessions`), 'admin'),
  ],
  [
    'deactivation',
    async (who) =>
      ok(
        await platformAdmin.send('put', `/api/admin/users/${who.id}/state`, { active: false }),
        'deactivation',
      ),
  ],
];

describe('an ended session closes its document connections on the other instance', () => {
  test.each(ENDINGS)('%s through A closes y-websocket and Socket.IO on B', async (_, end) => {
    const who = await member();
    const cookie = who.ended.cookieHeader();
    const connections = await connectionsOnB(cookie);
    const endedAt = Date.now();
    await end(who);
    await connections.expectClosed(endedAt);
    await expectRefused(cookie);
  });
});

describe('a session that ends while its connection is being opened', () => {
  it('does not leave a y-websocket connection behind (10 races)', async () => {
    const writerUser = await createUser();
    await addMember(councilId, writerUser.id, 'member');
    const writerApi = new ApiClient(a.url);
    await writerApi.login(writerUser.email, writerUser.password);
    const writer = openCollabClient(a.url, writerApi.cookieHeader(), planId);
    closers.push(() => writer.close());
    await whenSynced(writer.provider);
    // A colleague on B who keeps receiving: when it has an edit, a raced connection would too.
    const colleague = await member();
    const control = openWebsocketClient(b.url, colleague.ended.cookieHeader(), planId);
    closers.push(() => control.close());
    await new Promise<void>((resolve) => control.provider.once('sync', () => resolve()));

    const raced: Array<ReturnType<typeof openWebsocketClient>> = [];
    for (let i = 0; i < 10; i++) {
      const who = await member();
      const client = openWebsocketClient(b.url, who.ended.cookieHeader(), planId);
      closers.push(() => client.close());
      raced.push(client);
      await ok(await who.ended.send('post', '/api/auth/logout'), 'logout');
    }
    const text = 'Nach allen Abmeldungen';
    typeParagraph(writer.doc, text);
    await eventually(() => expect(paragraphs(control.doc)).toContain(text));
    // What a connection has not received by the time the control has it, it will not receive.
    await eventually(() => expect(raced.every((c) => !c.provider.wsconnected)).toBe(true));
    for (const client of raced) expect(paragraphs(client.doc)).not.toContain(text);
  });
});
