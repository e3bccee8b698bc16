import fs from 'node:fs/promises';
import request from 'supertest';
import { startTestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { createUser, TEST_PASSWORD } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

describe('a database that stops answering', () => {
  let app: TestServer;
  let db: Awaited<ReturnType<typeof startTestDatabase>>;
  let member: ApiClient;

  beforeAll(async () => {
    // This test freezes its own database server, so it does not share the run's one.
    db = await startTestDatabase();
    process.env.TEST_MONGODB_URI_SAVED = process.env.TEST_MONGODB_URI;
    process.env.TEST_MONGODB_URI = db.uri;
    app = await startTestServer();
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

  it('answers API requests with a clear 503 within 5 s, and serves again once it is back', async () => {
    await member.get('/api/workspaces').expect(200);
    expect(db.pid).toBeDefined();
    process.kill(db.pid!, 'SIGSTOP');
    try {
      const started = Date.now();
      const [read, write] = await Promise.all([
        member.get('/api/workspaces'),
        member.send('patch', '/api/me', { name: 'Während der Störung' }),
      ]);
      const elapsed = Date.now() - started;
      for (const res of [read, write]) {
        expect(res.status).toBe(503);
        expect(res.body.error.id).toBe('service_unavailable');
      }
      expect(elapsed).toBeLessThan(5_500);
      // The probes still answer: health says the process lives, readiness takes it out of rotation.
      await request(app.url).get('/api/health').expect(200);
      await request(app.url).get('/api/ready').expect(503);
    } finally {
      process.kill(db.pid!, 'SIGCONT');
    }
    await eventually(() => member.get('/api/workspaces').expect(200), 20_000, 200);
    await request(app.url).get('/api/ready').expect(200);
  });
});
