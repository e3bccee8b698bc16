import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { ClientEvent, ServerEvent } from '@pnetz/shared';
import mongoose from 'mongoose';
import * as lib0decoding from 'lib0/decoding';
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
import { completeProject, createProject } from '../../support/projects';
import { TestRedis } from '../../support/redis';
import { testDatabaseUri } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';

/**
 * Every access change against every live channel, on two instances sharing one database and one
 * Redis. The change is always made through instance A's API; the affected and the unaffected
 * client sit on A or on B. Each cell asserts that the affected client stops receiving within
 * 1 s of the change while the unaffected one keeps receiving.
 */

jest.setTimeout(180_000);

const CUT_WITHIN_MS = 1000;

type Change =
  'removal' | 'demotion' | 'visibility' | 'deactivation' | 'password' | 'platform role' | 'logout';
type Channel =
  | 'plan (Socket.IO)'
  | 'plan (y-websocket)'
  | 'meeting minutes'
  | 'exchange'
  | 'project feed'
  | 'programme'
  | 'notifications';

/** The cells where a change takes rights away on a channel (the others grant nothing to lose). */
const CELLS: Array<[Change, Channel[]]> = [
  [
    'removal',
    ['plan (Socket.IO)', 'plan (y-websocket)', 'meeting minutes', 'exchange', 'project feed'],
  ],
  // A member demoted to guest keeps reading documents but loses writing them.
  ['demotion', ['plan (Socket.IO)', 'plan (y-websocket)', 'meeting minutes']],
  [
    'visibility',
    ['plan (Socket.IO)', 'plan (y-websocket)', 'meeting minutes', 'exchange', 'project feed'],
  ],
  [
    'deactivation',
    [
      'plan (Socket.IO)',
      'plan (y-websocket)',
      'meeting minutes',
      'exchange',
      'project feed',
      'programme',
      'notifications',
    ],
  ],
  [
    'password',
    [
      'plan (Socket.IO)',
      'plan (y-websocket)',
      'meeting minutes',
      'exchange',
      'project feed',
      'programme',
      'notifications',
    ],
  ],
  ['platform role', ['programme']],
  [
    'logout',
    [
      'plan (Socket.IO)',
      'plan (y-websocket)',
      'meeting minutes',
      'exchange',
      'project feed',
      'programme',
      'notifications',
    ],
  ],
];
const MATRIX = CELLS.flatMap(([change, channels]) =>
  channels.flatMap((channel) => (['A', 'B'] as const).map((on) => [change, channel, on] as const)),
);

let redis: TestRedis;
let a: ServerProcess;
let b: ServerProcess;
let dataDir: string;
const closers: Array<() => void> = [];
const instance = (on: 'A' | 'B') => (on === 'A' ? a : b);

beforeAll(async () => {
  const dbName = `matrix_${randomBytes(4).toString('hex')}`;
  await mongoose.connect(testDatabaseUri(), { dbName });
  redis = await TestRedis.start();
  dataDir = await tempDataDir('pnetz-matrix-');
  const uri = `${testDatabaseUri()}${dbName}`;
  a = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  b = await ServerProcess.create(uri, dataDir, { REDIS_URL: redis.url });
  await Promise.all([a.start(), b.start()]);
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

interface Person {
  id: string;
  email: string;
  password: string;
  /** Signed in on instance A (the API every change goes through). */
  api: ApiClient;
}

async function person(
  platformRoles: Array<'admin' | 'coordinator'> = [],
  name = 'Person',
): Promise<Person> {
  const user = await createUser({ platformRoles, name });
  const api = new ApiClient(a.url);
  await api.login(user.email, user.password);
  return { id: user.id, email: user.email, password: user.password, api };
}

/** A fresh session of the person on an instance (a second device, for the password case). */
async function cookieOn(server: ServerProcess, who: Person): Promise<string> {
  const api = new ApiClient(server.url);
  await api.login(who.email, who.password);
  return api.cookieHeader();
}

async function ok(res: { status: number; body: unknown }, what: string) {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

/** One listening client: how many channel events it has received, and a round trip. */
interface Receiver {
  count(): number;
  /** Resolves once everything the server sent before now has arrived (when measurable). */
  flush(): Promise<void>;
}

function track(close: () => void): void {
  closers.push(close);
}

async function socketOn(server: ServerProcess, cookie: string): Promise<TestSocket> {
  const socket = connectSocket(server.url, cookie);
  track(() => socket.close());
  await whenConnected(socket);
  return socket;
}

const pingThrough = (socket: TestSocket) => async () => {
  if (socket.connected) await socket.timeout(2000).emitWithAck(ClientEvent.Ping);
};

/** A room listener: joins with `join`, counts `event`. */
async function roomListener(
  server: ServerProcess,
  cookie: string,
  join: (socket: TestSocket) => Promise<{ ok: boolean }>,
  event: (typeof ServerEvent)[keyof typeof ServerEvent],
): Promise<Receiver> {
  const socket = await socketOn(server, cookie);
  let received = 0;
  socket.on(event as typeof ServerEvent.ExchangePost, () => (received += 1));
  expect((await join(socket)).ok).toBe(true);
  return { count: () => received, flush: pingThrough(socket) };
}

interface CollabReceiver extends Receiver {
  /** Types into the document as this client (demotion: the edit must no longer spread). */
  type(text: string): void;
  has(text: string): boolean;
  /** How often the server said this client is read-only. */
  readOnly(): number;
}

async function collabListener(
  server: ServerProcess,
  cookie: string,
  docId: string,
  transport: 'socket.io' | 'websocket',
): Promise<CollabReceiver> {
  if (transport === 'socket.io') {
    const client = openCollabClient(server.url, cookie, docId);
    track(() => client.close());
    let readOnly = 0;
    client.socket.on(ServerEvent.CollabReadOnly, () => (readOnly += 1));
    await whenSynced(client.provider);
    return {
      count: () => paragraphs(client.doc).length,
      flush: pingThrough(client.socket as unknown as TestSocket),
      type: (text) => typeParagraph(client.doc, text),
      has: (text) => paragraphs(client.doc).includes(text),
      readOnly: () => readOnly,
    };
  }
  const client = openWebsocketClient(server.url, cookie, docId);
  track(() => client.close());
  let readOnly = 0;
  // The y-websocket protocol's permission-denied message (type 2) is the read-only signal.
  client.provider.on('status', ({ status }: { status: string }) => {
    if (status !== 'connected') return;
    client.provider.ws?.addEventListener('message', (event: MessageEvent) => {
      const data = new Uint8Array(event.data as ArrayBuffer);
      if (lib0decoding.readVarUint(lib0decoding.createDecoder(data)) === 2) readOnly += 1;
    });
  });
  await new Promise<void>((resolve) => client.provider.once('sync', () => resolve()));
  return {
    count: () => paragraphs(client.doc).length,
    flush: async () => undefined,
    type: (text) => typeParagraph(client.doc, text),
    has: (text) => paragraphs(client.doc).includes(text),
    readOnly: () => readOnly,
  };
}

interface Cell {
  affected: Receiver;
  unaffected: Receiver;
  /** Causes one channel event that both would receive if both had access. */
  trigger(): Promise<void>;
  /** Makes the change, through instance A. */
  change(): Promise<void>;
  /** Demotion: the affected client's documents, to check its edits stop spreading. */
  writers?: { affected: CollabReceiver; unaffected: CollabReceiver };
}

async function buildCell(change: Change, channel: Channel, on: 'A' | 'B'): Promise<Cell> {
  const server = instance(on);
  const programme = channel === 'programme';
  const staff: Array<'coordinator'> = programme ? ['coordinator'] : [];
  // Built side by side: the sign-ins (password hashing) dominate the set-up time.
  const [platformAdmin, admin, member, colleague, outsider, exchangeOwner] = await Promise.all([
    person(['admin'], 'Plattformbetrieb'),
    person([], 'Geschäftsstelle'),
    person(staff, 'Betroffen'),
    person(staff, 'Unbeteiligt'),
    person([], 'Außerhalb'),
    person(['coordinator'], 'Koordination'),
  ]);
  const council = (await createWorkspace()).id as string;
  const otherCouncil = (await createWorkspace()).id as string;
  await Promise.all([
    addMember(council, admin.id, 'admin'),
    addMember(council, member.id, 'member'),
    addMember(council, colleague.id, 'member'),
    addMember(otherCouncil, outsider.id, 'member'),
  ]);

  const visibilityCase = change === 'visibility';
  // The person whose rights go: an outsider for a visibility change, else the member.
  const target = visibilityCase ? outsider : member;
  // The affected session, signed in through A; its sockets connect to either instance.
  const targetSession = new ApiClient(a.url);
  const [, colleagueCookie] = await Promise.all([
    targetSession.login(target.email, target.password),
    cookieOn(server, colleague),
  ]);
  const targetCookie = targetSession.cookieHeader();

  const changes: Record<Change, (resource: { type: string; id: string }) => Promise<void>> = {
    removal: async () => {
      await ok(
        await admin.api.send('delete', `/api/workspaces/${council}/members/${member.id}`),
        'removing',
      );
    },
    demotion: async () => {
      await ok(
        await admin.api.send('patch', `/api/workspaces/${council}/members/${member.id}`, {
          role: 'guest',
        }),
        'demoting',
      );
    },
    visibility: async ({ type, id }) => {
      if (type === 'plan')
        await ok(
          await admin.api.send('patch', `/api/plans/${id}`, { visibility: 'workspace' }),
          'plan',
        );
      if (type === 'meeting')
        await ok(
          await admin.api.send('patch', `/api/meetings/${id}`, { visibility: 'workspace' }),
          'meeting',
        );
      if (type === 'exchange')
        await ok(
          await exchangeOwner.api.send('patch', `/api/exchanges/${id}`, {
            workspaceIds: [council],
          }),
          'exchange',
        );
      if (type === 'project') {
        // Narrowed and widened again: a socket that kept its room would hear the project again.
        await ok(
          await admin.api.send('patch', `/api/projects/${id}`, { visibility: 'workspace' }),
          'project',
        );
        await ok(
          await admin.api.send('patch', `/api/projects/${id}`, { visibility: 'network' }),
          'project',
        );
      }
    },
    deactivation: async () => {
      await ok(
        await platformAdmin.api.send('put', `/api/admin/users/${member.id}/state`, {
          active: false,
        }),
        'deactivating',
      );
    },
    password: async () => {
      await ok(
        await member.api.send('post', '/api/auth/password', {
          currentPassword: member.password,
          newPassword: 'Ganz-Neues-Passwort-2',
        }),
        'changing the password',
      );
    },
    'platform role': async () => {
      await ok(
        await platformAdmin.api.send('patch', `/api/admin/users/${member.id}`, {
          platformRoles: [],
        }),
        'demoting the coordinator',
      );
    },
    logout: async () => {
      await ok(await targetSession.send('post', '/api/auth/logout'), 'signing out');
    },
  };

  if (
    channel === 'plan (Socket.IO)' ||
    channel === 'plan (y-websocket)' ||
    channel === 'meeting minutes'
  ) {
    let docId: string;
    let type: string;
    if (channel === 'meeting minutes') {
      docId = (
        await ok(
          await admin.api.send('post', `/api/workspaces/${council}/meetings`, {
            title: 'Sitzung',
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            visibility: visibilityCase ? 'network' : 'workspace',
          }),
          'meeting',
        )
      ).id;
      type = 'meeting';
    } else {
      docId = (
        await createPlan(council, admin.id, {
          visibility: visibilityCase ? 'network' : 'workspace',
        })
      ).id as string;
      type = 'plan';
    }
    const transport = channel === 'plan (y-websocket)' ? 'websocket' : 'socket.io';
    const writer = openCollabClient(a.url, admin.api.cookieHeader(), docId);
    track(() => writer.close());
    await whenSynced(writer.provider);
    const affected = await collabListener(server, targetCookie, docId, transport);
    const unaffected = await collabListener(server, colleagueCookie, docId, transport);
    let n = 0;
    return {
      affected,
      unaffected,
      trigger: async () => typeParagraph(writer.doc, `Absatz ${(n += 1)}`),
      change: () => changes[change]({ type, id: docId }),
      writers: { affected, unaffected },
    };
  }

  if (channel === 'exchange' || channel === 'notifications') {
    const exchange = await ok(
      await exchangeOwner.api.send('post', '/api/exchanges', {
        title: 'Graffiti',
        description: 'Erfahrungen',
        fieldsOfAction: ['graffiti'],
        visibility: 'invited',
        workspaceIds: visibilityCase ? [council, otherCouncil] : [council],
        peopleEmails: [],
      }),
      'exchange',
    );
    const post = () =>
      exchangeOwner.api.send('post', `/api/exchanges/${exchange.id}/posts`, {
        body: 'Neuer Beitrag',
        mentions: [member.id, colleague.id],
      });
    const listen = (cookie: string) =>
      channel === 'exchange'
        ? roomListener(
            server,
            cookie,
            (socket) =>
              socket
                .timeout(2000)
                .emitWithAck(ClientEvent.ExchangeJoin, { exchangeId: exchange.id }),
            ServerEvent.ExchangePost,
          )
        : // Mentions reach the person's user room: the notifications channel.
          roomListener(server, cookie, async () => ({ ok: true }), ServerEvent.ExchangeMention);
    return {
      affected: await listen(targetCookie),
      unaffected: await listen(colleagueCookie),
      trigger: async () => void (await ok(await post(), 'posting')),
      change: () => changes[change]({ type: 'exchange', id: exchange.id }),
    };
  }

  if (channel === 'project feed') {
    const project = await createProject(
      admin.api,
      council,
      completeProject({ visibility: visibilityCase ? 'network' : 'workspace' }),
    );
    const joinWorkspace = (socket: TestSocket) =>
      socket.timeout(2000).emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: council });
    const joinProject = (socket: TestSocket) =>
      socket.timeout(2000).emitWithAck(ClientEvent.ProjectJoin, { projectId: project.id });
    return {
      // An outsider follows the shared project's room; members follow the council's room.
      affected: await roomListener(
        server,
        targetCookie,
        visibilityCase ? joinProject : joinWorkspace,
        ServerEvent.ProjectFeed,
      ),
      unaffected: await roomListener(
        server,
        colleagueCookie,
        joinWorkspace,
        ServerEvent.ProjectFeed,
      ),
      trigger: async () =>
        void (await ok(
          await admin.api.send('post', `/api/projects/${project.id}/updates`, {
            text: 'Neuigkeit',
          }),
          'posting an update',
        )),
      change: () => changes[change]({ type: 'project', id: project.id }),
    };
  }

  // The programme dashboard.
  const join = (socket: TestSocket) =>
    new Promise<{ ok: boolean }>((resolve) => socket.emit(ClientEvent.ProgrammeJoin, resolve));
  let year = 2040;
  return {
    affected: await roomListener(server, targetCookie, join, ServerEvent.ProgrammeChanged),
    unaffected: await roomListener(server, colleagueCookie, join, ServerEvent.ProgrammeChanged),
    trigger: async () =>
      void (await ok(
        await platformAdmin.api.send('put', `/api/programme/budgets/${(year += 1)}`, {
          amount: 1_000_000,
        }),
        'budget',
      )),
    change: () => changes[change]({ type: 'programme', id: 'dashboard' }),
  };
}

/** One event both should get: true when the affected client got it too. */
async function affectedStillReceives(cell: Cell): Promise<boolean> {
  const before = { affected: cell.affected.count(), unaffected: cell.unaffected.count() };
  await cell.trigger();
  await eventually(() => expect(cell.unaffected.count()).toBeGreaterThan(before.unaffected), 5000);
  await cell.affected.flush();
  return cell.affected.count() > before.affected;
}

/** Demotion: whether an edit of the affected client still reaches the unaffected one. */
async function affectedStillWrites(cell: Cell, round: number): Promise<boolean> {
  const { affected, unaffected } = cell.writers!;
  const text = `vom Betroffenen ${round}`;
  const refusals = affected.readOnly();
  affected.type(text);
  // Either the edit spreads, or the server refuses it (read-only signal).
  await eventually(
    () => expect(unaffected.has(text) || affected.readOnly() > refusals).toBe(true),
    5000,
  );
  await unaffected.flush();
  return unaffected.has(text);
}

describe('every access change reaches every live channel on both instances', () => {
  test.each(MATRIX)('%s cuts the %s channel (client on %s)', async (change, channel, on) => {
    const cell = await buildCell(change, channel, on);
    // Before: both receive.
    expect(await affectedStillReceives(cell)).toBe(true);
    if (change === 'demotion') expect(await affectedStillWrites(cell, 0)).toBe(true);

    await cell.change();
    const changedAt = Date.now();
    let round = 0;
    await eventually(async () => {
      round += 1;
      const startedAt = Date.now();
      const still =
        change === 'demotion'
          ? await affectedStillWrites(cell, round)
          : await affectedStillReceives(cell);
      expect(still).toBe(false);
      // The event that no longer arrived was caused within the second after the change.
      expect(startedAt - changedAt).toBeLessThanOrEqual(CUT_WITHIN_MS);
    }, CUT_WITHIN_MS + 5000);

    // And it stays so, while the unaffected client keeps receiving (a demoted reader, too).
    expect(await affectedStillReceives(cell)).toBe(change === 'demotion');
  });
});
