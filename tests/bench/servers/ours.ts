/**
 * Our server in its own process, for benchmarks: the real createServer() with real sessions,
 * policies and MongoDB persistence. The orchestrator drives it over IPC.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ServerEvent, type FeedItem } from '@pnetz/shared';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { generateCode, hashCode } from '../../../server/src/analysis/access-codes';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { QuestionnaireModel } from '../../../server/src/analysis/questionnaire.model';
import { questionnaireTemplate } from '../../../server/src/analysis/questionnaire/template';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { hashPassword } from '../../../server/src/auth/password';
import { UserModel } from '../../../server/src/auth/user.model';
import { connectDatabase } from '../../../server/src/db/connection';
import { loadEnv } from '../../../server/src/env';
import { createLogger } from '../../../server/src/logger';
import { PlanModel } from '../../../server/src/plans/plan.model';
import { DEFAULT_COLLAB_TUNING } from '../../../server/src/realtime/collab/documents';
import { mongoLeases } from '../../../server/src/realtime/collab/leases';
import { mongoPersistence } from '../../../server/src/realtime/collab/persistence';
import { CollabUpdateModel } from '../../../server/src/realtime/collab/persistence.model';
import { createServer } from '../../../server/src/server';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { completeProject } from '../../support/projects';
import type { RealtimeServer } from '../../../server/src/realtime/io';
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
  const feedEmits = recordFeedEmits(server.io);
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

  /** The bench user's signed-in session, for requests the server process makes on its behalf. */
  let signedIn = { cookie: '', csrfToken: '' };

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
      signedIn = {
        cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '',
        csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken,
      };
      return { url, ...signedIn };
    },
    /** A project of the council, created through the API like a member would. */
    async createProject() {
      const res = await fetch(`${url}/api/workspaces/${workspace._id.toHexString()}/projects`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': signedIn.csrfToken,
          cookie: signedIn.cookie,
        },
        body: JSON.stringify(completeProject()),
      });
      if (res.status !== 201) throw new Error(`creating a project failed: ${await res.text()}`);
      const project = (await res.json()) as { id: string };
      return { projectId: project.id, workspaceId: workspace._id.toHexString() };
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
      // As our server stores them: one row per flush, folded into the snapshot whenever
      // `compactAfterRows` rows have piled up, and once more when the last participant leaves.
      const folded = new Y.Doc();
      const leases = mongoLeases('bench-seed');
      const compact = async () => {
        const fence = await leases.acquire(docName);
        if (fence === null || !(await mongoPersistence.compact(docName, folded, fence)))
          throw new Error('seeding could not compact');
      };
      const perCompaction = DEFAULT_COLLAB_TUNING.compactAfterRows;
      await seedRows(count, async (rows) => {
        for (let start = 0; start < rows.length; start += perCompaction) {
          await CollabUpdateModel.collection.insertMany(
            rows.slice(start, start + perCompaction).map((data) => ({
              _id: new Types.ObjectId(),
              docName,
              data: Buffer.from(data),
              createdAt: new Date(),
            })),
            { ordered: true },
          );
          await compact();
        }
      });
      await leases.release(docName);
      folded.destroy();
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
    /**
     * A security analysis in fieldwork with the standard questionnaire and `count` issued access
     * codes (as the letters would leave them); the codes in print form for the respondents.
     */
    async createSurvey({ count }: { count: number }) {
      const analysis = await SecurityAnalysisModel.create({
        workspaceId: workspace._id,
        recordId: new Types.ObjectId(),
        title: 'Bench survey',
        createdBy: user._id,
      });
      await QuestionnaireModel.create({
        analysisId: analysis._id,
        version: 1,
        status: 'field',
        json: questionnaireTemplate(),
        fieldStartedAt: new Date(),
      });
      const codes = Array.from({ length: count }, () => generateCode());
      await AccessCodeModel.insertMany(
        codes.map((code) => ({ analysisId: analysis._id, codeHash: hashCode(code), usedOn: null })),
      );
      return { analysisId: analysis._id.toHexString(), codes };
    },
    /** Stored responses of an analysis and its codes used, to check nothing was lost. */
    async surveyCounts({ analysisId }: { analysisId: string }) {
      const [responses, used] = await Promise.all([
        ResponseModel.countDocuments({ analysisId }),
        AccessCodeModel.countDocuments({ analysisId, usedOn: { $ne: null } }),
      ]);
      return { responses, used };
    },
    /** When each live feed event (by update id) left this server, in wall-clock ms. */
    feedEmits: () => Object.fromEntries(feedEmits),
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

/**
 * Notes the moment each live feed event is handed to Socket.IO for broadcast, so the fan-out can be
 * told apart from the work of posting (the API's checks and writes before the event).
 */
function recordFeedEmits(io: RealtimeServer): Map<string, number> {
  const emits = new Map<string, number>();
  const adapter = io.of('/').adapter;
  const broadcast = adapter.broadcast.bind(adapter);
  adapter.broadcast = (packet, options) => {
    const [event, item] = (packet as { data?: [string, FeedItem?] }).data ?? [];
    if (event === ServerEvent.ProjectFeed && item?.itemId)
      emits.set(item.itemId, performance.timeOrigin + performance.now());
    broadcast(packet, options);
  };
  return emits;
}

void main();
