import type { Feature } from '../../../server/src/feature';
import { FEATURES } from '../../../server/src/features';
import { roomChannel } from '../../../server/src/realtime/access-changes';
import { roleIn } from '../../../server/src/workspaces/access';
import { eventually } from '../../support/eventually';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';

/**
 * A channel that did nothing but register: its room `survey-probe:<council id>` is for members of
 * the council, and it neither publishes nor listens to any access change itself. The registry
 * hands it every change, so a member removed from the council leaves its room at once.
 */
const PREFIX = 'survey-probe';
const JOIN = 'survey-probe:join';
const EVENT = 'survey-probe:news';

const mayStay = async (actor: { id: string }, councilId: string) =>
  (await roleIn(actor as Parameters<typeof roleIn>[0], councilId)) !== null;

const probeFeature: Feature = {
  name: 'survey-probe',
  realtime: ({ io }) => {
    io.on('connection', (socket) => {
      const raw = socket as unknown as {
        on(event: string, handler: (id: string, ack: (ok: boolean) => void) => void): void;
      };
      raw.on(JOIN, (councilId, ack) => {
        void (async () => {
          const allowed = await mayStay(socket.data.actor, councilId);
          if (allowed) await socket.join(`${PREFIX}:${councilId}`);
          ack(allowed);
        })();
      });
    });
  },
  live: () => [roomChannel('survey-probe', PREFIX, mayStay)],
};

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer({}, { features: [...FEATURES, probeFeature] });
});
afterAll(() => app.close());

/** The test's own events are not in the app's typed event map. */
interface RawSocket {
  on(event: string, handler: () => void): void;
  timeout(ms: number): { emitWithAck(event: string, id: string): Promise<boolean> };
  close(): void;
}

async function listener(cookie: string, councilId: string) {
  const typed: TestSocket = connectSocket(app.url, cookie);
  await whenConnected(typed);
  const socket = typed as unknown as RawSocket;
  let received = 0;
  socket.on(EVENT, () => (received += 1));
  expect(await socket.timeout(2000).emitWithAck(JOIN, councilId)).toBe(true);
  return { socket, received: () => received };
}

describe('a live channel obeys access changes by registering', () => {
  it('a member removed from the council leaves the registered room within 1 s', async () => {
    const council = (await createWorkspace()).id as string;
    const [admin, member, colleague] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
    ]);
    await Promise.all([
      addMember(council, admin.id, 'admin'),
      addMember(council, member.id, 'member'),
      addMember(council, colleague.id, 'member'),
    ]);
    const sign = async (who: { email: string; password: string }) => {
      const api = new ApiClient(app.url);
      await api.login(who.email, who.password);
      return api;
    };
    const [adminApi, memberApi, colleagueApi] = await Promise.all([
      sign(admin),
      sign(member),
      sign(colleague),
    ]);
    const affected = await listener(memberApi.cookieHeader(), council);
    const unaffected = await listener(colleagueApi.cookieHeader(), council);
    const news = () =>
      (app.server.io.to(`${PREFIX}:${council}`) as unknown as { emit(e: string): void }).emit(
        EVENT,
      );
    news();
    await eventually(() => {
      expect(affected.received()).toBe(1);
      expect(unaffected.received()).toBe(1);
    });

    const res = await adminApi.send('delete', `/api/workspaces/${council}/members/${member.id}`);
    expect(res.status).toBeLessThan(300);
    const removedAt = Date.now();
    await eventually(() => {
      expect(app.server.io.sockets.adapter.rooms.get(`${PREFIX}:${council}`)?.size).toBe(1);
    }, 1_000);
    expect(Date.now() - removedAt).toBeLessThanOrEqual(1_000);
    news();
    await eventually(() => expect(unaffected.received()).toBe(2));
    expect(affected.received()).toBe(1);
    affected.socket.close();
    unaffected.socket.close();
  });
});
