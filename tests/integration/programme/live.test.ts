import { ClientEvent, ServerEvent, type ProgrammeChanged, type SocketAck } from '@pnetz/shared';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { eventually } from '../../support/eventually';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';
import { io } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';
import { createMunicipality, signedIn } from './support';

let app: TestServer;
let writer: ApiClient;
let viewer: ApiClient;
let member: ApiClient;
const sockets: TestSocket[] = [];

async function joinedSocket(
  client: ApiClient,
): Promise<{ socket: TestSocket; ack: SocketAck<object>; received: ProgrammeChanged[] }> {
  const socket = connectSocket(app.url, client.cookieHeader());
  sockets.push(socket);
  await whenConnected(socket);
  const received: ProgrammeChanged[] = [];
  socket.on(ServerEvent.ProgrammeChanged, (change) => received.push(change));
  const ack = await new Promise<SocketAck<object>>((resolve) =>
    socket.emit(ClientEvent.ProgrammeJoin, resolve),
  );
  return { socket, ack, received };
}

beforeAll(async () => {
  app = await startTestServer();
  writer = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));
  viewer = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));
  const workspace = await createWorkspace();
  const user = await createUser();
  await addMember(workspace._id, user.id, 'admin');
  member = await signedIn(app.url, user);
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await app.close();
});

describe('live dashboard', () => {
  it('tells every coordinator viewing the dashboard at once when an agreement is recorded', async () => {
    const { id } = await createMunicipality({
      name: 'Königswartha',
      milestones: [{ kind: 'advised', date: '2021-04-20', note: '' }],
    });
    const watching = await joinedSocket(viewer);
    expect(watching.ack).toEqual({ ok: true });
    const today = (await viewer.get('/api/programme/figures').expect(200)).body;

    const res = await writer.send('post', `/api/programme/municipalities/${id}/agreements`, {
      date: today.asOf,
      signatories: [{ name: 'Bürgermeisterin', role: 'mayor' }],
    });
    expect(res.status).toBe(201);
    await eventually(() =>
      expect(watching.received).toEqual([
        { kind: 'agreement', action: 'created', municipalityId: id },
      ]),
    );

    const after = (await viewer.get('/api/programme/figures').expect(200)).body;
    expect(after.agreements).toBe(today.agreements + 1);
    const markers = (await viewer.get('/api/programme/municipalities').expect(200)).body.items;
    expect(markers.find((m: { id: string }) => m.id === id).elements).toEqual([
      'advised',
      'agreement',
    ]);
    const trend = (await viewer.get('/api/programme/trend').expect(200)).body.points;
    expect(trend.at(-1).agreements).toBe(after.agreements);
  });

  it('refuses the dashboard room to council members, who then hear nothing', async () => {
    const outsider = await joinedSocket(member);
    expect(outsider.ack).toMatchObject({ ok: false, error: { id: 'forbidden' } });
    const { id } = await createMunicipality();
    const watching = await joinedSocket(viewer);
    await writer.send('post', `/api/programme/municipalities/${id}/coachings`, {
      coach: 'S. Wolf',
      start: '2024-02-01',
    });
    await eventually(() => expect(watching.received).toHaveLength(1));
    expect(outsider.received).toEqual([]);
  });

  it('stops after programme:leave', async () => {
    const watching = await joinedSocket(viewer);
    watching.socket.emit(ClientEvent.ProgrammeLeave);
    const probe = await joinedSocket(viewer);
    const { id } = await createMunicipality();
    await writer.send('put', '/api/programme/budgets/2030', { amount: 1_300_000 });
    await writer.send('patch', `/api/programme/municipalities/${id}`, { population: 4000 });
    await eventually(() => expect(probe.received).toHaveLength(2));
    expect(watching.received).toEqual([]);
  });
});

describe('a coordinator who loses the role', () => {
  it('after a short outage gets no recovered room and no replayed change', async () => {
    const admin = await signedIn(app.url, await createUser({ platformRoles: ['admin'] }));
    const coordinator = await createUser({ platformRoles: ['coordinator'] });
    const client = await signedIn(app.url, coordinator);
    const socket = io(app.url, {
      transports: ['websocket'],
      parser: socketParser,
      forceNew: true,
      reconnection: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
      extraHeaders: { cookie: client.cookieHeader() },
    }) as TestSocket;
    sockets.push(socket);
    await whenConnected(socket);
    const received: ProgrammeChanged[] = [];
    socket.on(ServerEvent.ProgrammeChanged, (change) => received.push(change));
    const ack = await new Promise<SocketAck<object>>((resolve) =>
      socket.emit(ClientEvent.ProgrammeJoin, resolve),
    );
    expect(ack).toEqual({ ok: true });
    const control = await joinedSocket(viewer);
    await writer.send('put', '/api/programme/budgets/2031', { amount: 1_300_000 });
    await eventually(() => expect(received).toHaveLength(1));

    // Briefly offline while the platform admin takes the role away.
    socket.io.reconnection(false);
    const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.io.engine.close();
    await gone;
    expect(
      (await admin.send('patch', `/api/admin/users/${coordinator.id}`, { platformRoles: [] }))
        .status,
    ).toBe(200);
    await writer.send('put', '/api/programme/budgets/2032', { amount: 1_300_000 });
    const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.io.reconnection(true);
    socket.connect();
    await back;

    expect(socket.recovered).toBe(false);
    await writer.send('put', '/api/programme/budgets/2033', { amount: 1_300_000 });
    await eventually(() => expect(control.received).toHaveLength(3));
    await socket.timeout(2000).emitWithAck(ClientEvent.Ping);
    expect(received).toHaveLength(1);
  });
});
