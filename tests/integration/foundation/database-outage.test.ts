import fs from 'node:fs/promises';
import request from 'supertest';
import { startTestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { createUser, TEST_PASSWORD } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

jest.setTimeout(60_000);

/** Keeps the event loop busy, as laying out a large PDF does. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe('a database that stops answering, and a server that is only busy', () => {
  let app: TestServer;
  let db: Awaited<ReturnType<typeof startTestDatabase>>;
  let member: ApiClient;
  const verdicts: string[] = [];

  beforeAll(async () => {
    // This test freezes its own database server, so it does not share the run's one.
    db = await startTestDatabase();
    process.env.TEST_MONGODB_URI_SAVED = process.env.TEST_MONGODB_URI;
    process.env.TEST_MONGODB_URI = db.uri;
    app = await startTestServer();
    app.server.databaseHealth.on('down', () => verdicts.push('down'));
    app.server.databaseHealth.on('up', () => verdicts.push('up'));
    const user = await createUser();
    member = new ApiClient(app.url);
    await member.login(user.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    if (db.pid) process.kill(db.pid, 'SIGCONT');
    await app.close();
    await db.stop();
    await fs.rm(db.dataDir, { recursive: true, force: true });
    process.env.TEST_MONGODB_URI = process.env.TEST_MONGODB_URI_SAVED;
  });

  it('does not cut a request that is slow because the event loop is blocked', async () => {
    await member.get('/api/workspaces').expect(200);
    // The moment the server has taken the request in (its database work under way), a ping
    // goes out and the event loop is blocked for longer than any request may wait.
    app.server.httpServer.once('request', () => {
      app.server.databaseHealth.check();
      blockEventLoop(6_000);
    });
    const started = Date.now();
    const res = await member.get('/api/workspaces');
    expect(Date.now() - started).toBeGreaterThanOrEqual(6_000);
    expect(res.status).toBe(200);
    // Again with the loop blocked while pings wait for their answers, several times over.
    for (let i = 0; i < 2; i++) {
      await new Promise<void>((resolve) =>
        app.server.databaseHealth.once('ping', () => {
          blockEventLoop(4_000);
          resolve();
        }),
      );
      expect((await member.get('/api/workspaces')).status).toBe(200);
    }
    expect(verdicts).toEqual([]);
    expect(app.server.databaseHealth.down).toBe(false);
  });

  it('answers API requests with a clear 503 within 5 s, and serves again once it is back', async () => {
    await member.get('/api/workspaces').expect(200);
    expect(db.pid).toBeDefined();
    process.kill(db.pid!, 'SIGSTOP');
    try {
      // Requests that were waiting for the database when it froze, and those coming after.
      const started = Date.now();
      const [read, write] = await Promise.all([
        member.get('/api/workspaces'),
        member.send('patch', '/api/me', { name: 'Während der Störung' }),
      ]);
      const elapsed = Date.now() - started;
      for (const res of [read, write]) {
        expect(res.status).toBe(503);
        expect(res.body.error.id).toBe('service_unavailable');
        expect(res.body.error.message).toMatch(/database is not answering/);
      }
      expect(elapsed).toBeLessThan(5_000);
      // Once it is known to be down, at once.
      const again = Date.now();
      await member.get('/api/workspaces').expect(503);
      expect(Date.now() - again).toBeLessThan(1_000);
      // The probes still answer: health says the process lives, readiness takes it out of rotation.
      await request(app.url).get('/api/health').expect(200);
      await request(app.url).get('/api/ready').expect(503);
    } finally {
      process.kill(db.pid!, 'SIGCONT');
    }
    // Back without a restart.
    await eventually(() => member.get('/api/workspaces').expect(200), 20_000, 200);
    await request(app.url).get('/api/ready').expect(200);
    expect(verdicts).toEqual(['down', 'up']);
  });
});
