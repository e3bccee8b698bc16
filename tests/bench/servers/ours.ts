/**
 * Our server in its own process, for benchmarks: the real createServer() with real sessions,
 * policies and MongoDB persistence. The orchestrator drives it over IPC.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import { hashPassword } from '../../../server/src/auth/password';
import { UserModel } from '../../../server/src/auth/user.model';
import { connectDatabase } from '../../../server/src/db/connection';
import { loadEnv } from '../../../server/src/env';
import { createLogger } from '../../../server/src/logger';
import { PlanModel } from '../../../server/src/plans/plan.model';
import { CollabUpdateModel } from '../../../server/src/realtime/collab/persistence.model';
import { createServer } from '../../../server/src/server';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { serveIpc } from '../lib/ipc';
import { ServerMetrics, collectGarbage } from '../lib/server-metrics';
import { seedRows } from './seed-updates';

const PASSWORD = 'Bench-Passwort-1';

async function main(): Promise<void> {
  const uri = process.env.BENCH_MONGODB_URI!;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-bench-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(24).toString('hex'),
    DATA_DIR: dataDir,
    CLIENT_DIST: path.join(dataDir, 'none'),
  });
  const logger = createLogger(env.LOG_LEVEL);
  await connectDatabase(uri, logger, process.env.BENCH_DB_NAME);
  const metrics = new ServerMetrics();
  const server = createServer(env, logger, {
    collab: { unloadAfterMs: 1000 },
    collabHooks: { onFlushed: (updates, lagMs) => metrics.recordPersisted(updates, lagMs) },
  });
  const port = await server.listen();
  const url = `http://127.0.0.1:${port}`;

  const workspace = await WorkspaceModel.create({
    name: `Bench ${randomBytes(3).toString('hex')}`,
    municipality: 'Bench',
    district: 'Bench',
  });
  const user = await UserModel.create({
    email: `bench-${randomBytes(3).toString('hex')}@bench.example`,
    name: 'Bench',
    passwordHash: await hashPassword(PASSWORD),
  });
  await MembershipModel.create({
    workspaceId: workspace._id,
    userId: user._id,
    role: 'member',
    organisation: { type: 'municipal', name: 'Bench' },
  });

  serveIpc({
    async info() {
      const session = await fetch(`${url}/api/auth/session`);
      const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      });
      if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
      return { url, cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '' };
    },
    async createDocs({ count }: { count: number }) {
      const plans = await PlanModel.insertMany(
        Array.from({ length: count }, (_, i) => ({
          workspaceId: workspace._id,
          title: `Plan ${i}`,
          kind: 'action_plan',
          visibility: 'workspace',
          createdBy: user._id,
        })),
      );
      return plans.map((plan) => plan._id.toHexString());
    },
    async seedUpdates({ docName, count }: { docName: string; count: number }) {
      await seedRows(count, async (rows) => {
        await CollabUpdateModel.collection.insertMany(
          rows.map((data) => ({
            _id: new Types.ObjectId(),
            docName,
            data: Buffer.from(data),
            createdAt: new Date(),
          })),
          { ordered: true },
        );
      });
      return { rows: await CollabUpdateModel.countDocuments({ docName }) };
    },
    async storedRows({ docName }: { docName: string }) {
      return CollabUpdateModel.countDocuments({ docName });
    },
    /** Waits until the document is compacted and unloaded, so the next open is a cold load again. */
    async settle({ docName }: { docName: string }) {
      for (let i = 0; i < 600; i++) {
        if (
          !server.documents.peek(docName) &&
          (await CollabUpdateModel.countDocuments({ docName })) === 0
        )
          return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    loadedDocuments: () => server.documents.size,
    metrics: ({ reset }: { reset: boolean }) => metrics.snapshot(reset),
    gc: () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    },
  });
  process.on('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

void main();
