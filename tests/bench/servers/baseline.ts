/**
 * The baseline: a plain y-websocket server (@y/websocket-server) with the common
 * one-insert-per-update MongoDB persistence of y-mongodb-provider, wired as its README shows.
 */
import http from 'node:http';
import { setPersistence, setupWSConnection, docs } from '@y/websocket-server/utils';
import { MongoClient } from 'mongodb';
import { WebSocketServer } from 'ws';
import { MongodbPersistence } from 'y-mongodb-provider';
import * as Y from 'yjs';
import { serveIpc } from '../lib/ipc';
import { ServerMetrics, collectGarbage } from '../lib/server-metrics';
import { seedRows } from './seed-updates';

async function main(): Promise<void> {
  const client = new MongoClient(process.env.BENCH_MONGODB_URI!);
  await client.connect();
  const db = client.db(process.env.BENCH_DB_NAME);
  const collectionName = 'yjs-writings';
  const persistence = new MongodbPersistence({ client, db }, { collectionName, flushSize: 400 });
  const metrics = new ServerMetrics();

  setPersistence({
    provider: persistence,
    // y-websocket's documented persistence hook: it awaits `bindState` although its type says void.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    bindState: async (docName: string, ydoc: Y.Doc) => {
      const persisted = await persistence.getYDoc(docName);
      await persistence.storeUpdate(docName, Y.encodeStateAsUpdate(ydoc));
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(persisted));
      ydoc.on('update', (update: Uint8Array) => {
        const received = performance.now();
        void persistence
          .storeUpdate(docName, update)
          .then(() => metrics.recordPersisted(1, performance.now() - received));
      });
    },
    writeState: async () => true,
  });

  const server = http.createServer((_req, res) => {
    res.writeHead(200).end('ok');
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => setupWSConnection(ws, req));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const updates = db.collection(collectionName);

  serveIpc({
    info: () => ({ url, cookie: '' }),
    createDocs: ({ count }: { count: number }) =>
      Array.from({ length: count }, (_, i) => `doc-${Date.now()}-${i}`),
    async seedUpdates({ docName, count }: { docName: string; count: number }) {
      // The provider's own write path for the first row (it also writes the state vector), then
      // its exact row format in bulk: inserting 100,000 rows one by one would take minutes.
      let clock = 0;
      await seedRows(count, async (rows) => {
        if (clock === 0) {
          await persistence.storeUpdate(docName, rows.shift()!);
          clock = 1;
        }
        await updates.insertMany(
          rows.map((value) => ({
            version: 'v1',
            action: 'update',
            docName,
            clock: clock++,
            value: Buffer.from(value),
          })),
          { ordered: true },
        );
      });
      return { rows: await updates.countDocuments({ docName, action: 'update' }) };
    },
    storedRows: ({ docName }: { docName: string }) =>
      updates.countDocuments({ docName, action: 'update' }),
    async settle({ docName }: { docName: string }) {
      // The baseline flushes (merges) stored updates on load into one row, and bindState adds the
      // loaded state as one more; wait for that, then for the document to leave memory.
      for (let i = 0; i < 600; i++) {
        if (
          !docs.has(docName) &&
          (await updates.countDocuments({ docName, action: 'update' })) <= 2
        )
          return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    loadedDocuments: () => docs.size,
    metrics: ({ reset }: { reset: boolean }) => metrics.snapshot(reset),
    gc: () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    },
  });
  process.on('SIGTERM', () => {
    server.close();
    void shutDown(persistence, client).then(() => process.exit(0));
  });
}

/**
 * Lets the provider finish the writes it still has queued (at most `limitMs`, within the
 * orchestrator's 10 s before it kills the process), then closes its client. Writes still queued
 * after that (a backlog the baseline could not keep up with, in a database that is thrown away)
 * are left to end with the process: closing the client under them would make the provider
 * report every one of them as failed.
 */
async function shutDown(
  persistence: MongodbPersistence,
  client: MongoClient,
  limitMs = 2000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    // The provider's queue of transactions, one chain per document (the property it keeps them in).
    const queued = Object.values(persistence.tr) as Array<Promise<unknown>>;
    if (queued.length === 0) return client.close();
    const left = deadline - Date.now();
    if (left <= 0) return;
    await Promise.race([
      Promise.all(queued),
      new Promise((resolve) => setTimeout(resolve, Math.min(left, 100))),
    ]);
  }
}

void main();
