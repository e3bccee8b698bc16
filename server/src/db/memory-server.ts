import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import type { EmbeddedDatabase } from './embedded-database';

/**
 * A real mongod through mongodb-memory-server: the system binary named by MONGOMS_SYSTEM_BINARY,
 * or one the library downloads where the network allows. Data persists under `<dataDir>/mongodb`.
 */
export async function startMemoryServer(options: {
  dataDir: string;
  logger: Logger;
  port?: number;
  systemBinary?: string;
}): Promise<EmbeddedDatabase> {
  const { MongoBinary, MongoMemoryServer } = await import('mongodb-memory-server-core');
  // Resolve (or download) the binary first: a failure here is a plain error for the resolver to
  // report in one line, where MongoMemoryServer.create would also print the whole stack trace.
  const systemBinary = await MongoBinary.getPath(
    options.systemBinary ? { systemBinary: options.systemBinary } : {},
  );
  const dbPath = path.join(options.dataDir, 'mongodb');
  await fs.mkdir(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    binary: { systemBinary },
    instance: {
      dbPath,
      storageEngine: 'wiredTiger',
      ...(options.port ? { port: options.port } : {}),
    },
  });
  const uri = new URL(server.getUri());
  return {
    kind: 'mongodb',
    uri: `mongodb://${uri.host}/`,
    port: Number(uri.port),
    pid: server.instanceInfo?.instance.mongodProcess?.pid,
    async stop() {
      // Keep the data folder: the embedded database persists between starts.
      await server.stop({ doCleanup: false, force: false });
    },
  };
}
