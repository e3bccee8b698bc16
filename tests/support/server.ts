import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import mongoose from 'mongoose';
import { connectDatabase } from '../../server/src/db/connection';
import { loadEnv, type Env } from '../../server/src/env';
import { createLogger } from '../../server/src/logger';
import {
  createServer,
  type PraeventionsnetzServer,
  type ServerOptions,
} from '../../server/src/server';
import { tempDataDir } from './database';

export interface TestServer {
  url: string;
  port: number;
  server: PraeventionsnetzServer;
  env: Env;
  close(): Promise<void>;
}

/** The connection string of the run's database server (from the global setup). */
export function testDatabaseUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri)
    throw new Error(
      'TEST_MONGODB_URI is not set: run integration tests through jest --selectProjects integration',
    );
  return uri;
}

/**
 * Starts the real server on a free port with its own database (one per test file), connected
 * through the same code as production. `close()` stops it and drops the database.
 */
export async function startTestServer(
  overrides: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestServer> {
  const dataDir = await tempDataDir('pnetz-server-');
  const env = loadEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SESSION_SECRET: randomBytes(24).toString('hex'),
    DATA_DIR: dataDir,
    CLIENT_DIST: `${dataDir}/no-client`,
    ...overrides,
  });
  const logger = createLogger(env.LOG_LEVEL);
  if (mongoose.connection.readyState === 0) {
    await connectDatabase(
      withCommandMonitoring(testDatabaseUri()),
      logger,
      `test_${randomBytes(6).toString('hex')}`,
    );
    watchForUnacknowledgedWrites();
  }
  const server = createServer(env, logger, options);
  const port = await server.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    env,
    async close() {
      await server.close();
      const unacknowledged = unacknowledgedWrites.splice(0);
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
      await fs.rm(dataDir, { recursive: true, force: true });
      if (unacknowledged.length > 0) {
        throw new Error(
          `The server sent unacknowledged writes (w: 0): ${unacknowledged.join(', ')}. ` +
            'The embedded database answers them anyway, which puts the pooled connection one answer behind.',
        );
      }
    },
  };
}

const unacknowledgedWrites: string[] = [];

function withCommandMonitoring(uri: string): string {
  return `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true`;
}

/** Records every command sent without asking for an answer, which close() then reports. */
function watchForUnacknowledgedWrites(): void {
  mongoose.connection.getClient().on('commandStarted', (event) => {
    const concern = (event.command as { writeConcern?: { w?: unknown } }).writeConcern;
    // endSessions is sent unacknowledged by the driver itself, only while it closes the client.
    if (concern?.w === 0 && event.commandName !== 'endSessions') {
      unacknowledgedWrites.push(`${event.commandName} on ${event.databaseName}`);
    }
  });
}
