/**
 * The second baseline: a Hocuspocus server (@hocuspocus/server) with its generic database
 * extension (@hocuspocus/extension-database), wired as its documentation shows: `fetch` returns
 * the stored document state, `store` upserts the whole state (one row per document) after the
 * default debounce. The rows live in the same embedded database, through the MongoDB driver.
 */
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { MongoClient, type Binary } from 'mongodb';
import * as Y from 'yjs';
import { serveIpc } from '../lib/ipc';
import { ServerMetrics, collectGarbage } from '../lib/server-metrics';
import { seedRows } from './seed-updates';

interface DocumentRow {
  name: string;
  data: Binary | Buffer;
}

async function main(): Promise<void> {
  const client = new MongoClient(process.env.BENCH_MONGODB_URI!);
  await client.connect();
  const documents = client.db(process.env.BENCH_DB_NAME).collection<DocumentRow>('documents');
  const metrics = new ServerMetrics();
  /** Per document: when each update not yet stored arrived, for the persistence lag. */
  const unstored = new Map<string, number[]>();

  const server = new Server({
    address: '127.0.0.1',
    port: 0,
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const row = await documents.findOne({ name: documentName });
          if (!row) return null;
          return row.data instanceof Uint8Array ? row.data : row.data.buffer;
        },
        store: async ({ documentName, state }) => {
          // The state was encoded just now: every update that arrived before is in it.
          const covered = unstored.get(documentName) ?? [];
          unstored.set(documentName, []);
          await documents.updateOne(
            { name: documentName },
            { $set: { data: state } },
            { upsert: true },
          );
          if (covered.length > 0)
            metrics.recordPersisted(covered.length, performance.now() - covered[0]!);
        },
      }),
      {
        // Not part of the wiring: notes when each update arrived, for the persistence lag.
        async onChange({ documentName }) {
          const list = unstored.get(documentName) ?? [];
          list.push(performance.now());
          unstored.set(documentName, list);
        },
      },
    ],
  });
  await server.listen();
  const url = `http://127.0.0.1:${server.address.port}`;

  serveIpc({
    info: () => ({ url, cookie: '' }),
    createDocs: ({ count }: { count: number }) =>
      Array.from({ length: count }, (_, i) => `doc-${Date.now()}-${i}`),
    async seedUpdates({ docName, count }: { docName: string; count: number }) {
      // Hocuspocus stores a document as one state row; the same edits as the others, merged.
      const doc = new Y.Doc();
      await seedRows(count, async (rows) => {
        Y.applyUpdate(doc, Y.mergeUpdates(rows));
      });
      await documents.updateOne(
        { name: docName },
        { $set: { data: Buffer.from(Y.encodeStateAsUpdate(doc)) } },
        { upsert: true },
      );
      doc.destroy();
      return { rows: 1 };
    },
    storedRows: async ({ docName }: { docName: string }) =>
      documents.countDocuments({ name: docName }),
    /** Waits until the document has been stored and unloaded, so the next open is cold again. */
    async settle({ docName }: { docName: string }) {
      for (let i = 0; i < 600; i++) {
        if (!server.hocuspocus.documents.has(docName)) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    loadedDocuments: () => server.hocuspocus.getDocumentsCount(),
    metrics: ({ reset }: { reset: boolean }) => metrics.snapshot(reset),
    gc: () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    },
  });
  process.on('SIGTERM', () => {
    // Store what is still debounced, as a deployment's shutdown would, then close.
    void server
      .destroy()
      .catch(() => undefined)
      .then(() => client.close())
      .then(() => process.exit(0));
  });
}

void main();
