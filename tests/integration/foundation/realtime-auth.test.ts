import { ClientEvent, ServerEvent } from '@pnetz/shared';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('Socket.IO handshake uses the session', () => {
  it('refuses a socket without a session', async () => {
    const socket = connectSocket(app.url);
    await expect(whenConnected(socket)).rejects.toThrow('unauthenticated');
    socket.close();
  });

  it('refuses a socket from a foreign origin even with a valid session', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);
    const socket = connectSocket(app.url, client.cookieHeader(), {
      origin: 'https://evil.example',
    });
    await expect(whenConnected(socket)).rejects.toThrow();
    socket.close();
  });

  it('accepts a signed-in socket, and disconnects it when its session logs out', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);
    const socket = connectSocket(app.url, client.cookieHeader());
    await whenConnected(socket);
    const pong = await socket.timeout(2000).emitWithAck(ClientEvent.Ping);
    expect(pong).toMatchObject({ ok: true });

    const ended = new Promise<void>((resolve) => socket.once(ServerEvent.SessionEnded, resolve));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await client.send('post', '/api/auth/logout');
    await ended;
    expect(await disconnected).toBe('io server disconnect');

    const again = connectSocket(app.url, client.cookieHeader());
    await expect(whenConnected(again)).rejects.toThrow('unauthenticated');
    again.close();
  });

  it('keeps no session on the handshake request the connection holds on to', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    const { user } = await client.login(email, password);
    const socket = connectSocket(app.url, client.cookieHeader());
    await whenConnected(socket);
    const [held] = await app.server.io.in(`user:${user!.id}`).fetchSockets();
    expect(held?.data.actor.email).toBe(email);
    expect(held?.data.sessionId).toEqual(expect.any(String));
    const request = app.server.io.sockets.sockets.get(held!.id)!.request as {
      session?: unknown;
      sessionStore?: unknown;
    };
    expect(request.session).toBeUndefined();
    expect(request.sessionStore).toBeUndefined();
    socket.close();
  });

  it('keeps other sessions of the same user connected', async () => {
    const { email, password } = await createUser();
    const first = new ApiClient(app.url);
    const second = new ApiClient(app.url);
    await first.login(email, password);
    await second.login(email, password);
    const stays = connectSocket(app.url, second.cookieHeader());
    await whenConnected(stays);
    await first.send('post', '/api/auth/logout');
    const pong = await stays.timeout(2000).emitWithAck(ClientEvent.Ping);
    expect(pong).toMatchObject({ ok: true });
    stays.close();
  });
});
