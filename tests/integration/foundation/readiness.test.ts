import fs from 'node:fs/promises';
import request from 'supertest';
import { startTestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';

describe('readiness follows the database', () => {
  let app: TestServer;
  let db: Awaited<ReturnType<typeof startTestDatabase>>;

  beforeAll(async () => {
    // This test stops and restarts its own database server, so it does not share the run's one.
    db = await startTestDatabase();
    process.env.TEST_MONGODB_URI_SAVED = process.env.TEST_MONGODB_URI;
    process.env.TEST_MONGODB_URI = db.uri;
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
    await db.stop();
    await fs.rm(db.dataDir, { recursive: true, force: true });
    process.env.TEST_MONGODB_URI = process.env.TEST_MONGODB_URI_SAVED;
  });

  it('says 503 while the database is down, keeps serving, and 200 once it is back', async () => {
    await request(app.url).get('/api/ready').expect(200, { status: 'ready', database: 'up' });

    await db.stop();
    await eventually(
      async () => {
        const res = await request(app.url).get('/api/ready');
        expect(res.status).toBe(503);
        expect(res.body).toEqual({ status: 'unavailable', database: 'down' });
      },
      15_000,
      200,
    );
    await request(app.url).get('/api/health').expect(200, { status: 'ok' });

    // The same database comes back on the same port and folder; no restart of our server.
    db = await startTestDatabase({ dataDir: db.dataDir, port: db.port });
    await eventually(() => request(app.url).get('/api/ready').expect(200), 20_000, 200);
  });
});
