import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import type { EmbeddedDatabase } from './embedded-database';
import { startFerretDb } from './ferretdb';
import { startMemoryServer } from './memory-server';

export type { EmbeddedDatabase } from './embedded-database';

export interface EmbeddedOptions {
  dataDir: string;
  cacheDir: string;
  logger: Logger;
  /** `auto` tries a real mongod first, then FerretDB. */
  prefer?: 'auto' | 'mongodb' | 'ferretdb';
  port?: number;
  /** MONGOMS_SYSTEM_BINARY: a local mongod for mongodb-memory-server (never skipped). */
  systemBinary?: string;
}

export class NoDatabaseError extends Error {
  override name = 'NoDatabaseError';
}

/**
 * The one resolver that both the app's start command and the tests use when MONGODB_URI is unset:
 * 1. a real mongod via mongodb-memory-server, 2. FerretDB (SQLite backend) built with Go,
 * 3. a clear error naming the three ways out.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { logger } = options;
  const prefer = options.prefer ?? 'auto';
  const reasons: string[] = [];

  if (prefer !== 'ferretdb') {
    const skipReason = await recentDownloadFailure(options);
    if (skipReason) {
      reasons.push(`mongod: ${skipReason}`);
    } else {
      try {
        const db = await startMemoryServer(options);
        logger.info({ kind: db.kind, uri: db.uri }, 'embedded MongoDB started');
        return db;
      } catch (error) {
        reasons.push(`mongod: ${firstLine(error)}`);
        logger.info({ reason: firstLine(error) }, 'no mongod available, trying FerretDB');
        if (!options.systemBinary)
          await rememberDownloadFailure(options.cacheDir, firstLine(error));
      }
    }
  }
  if (prefer !== 'mongodb') {
    try {
      const db = await startFerretDb(options);
      logger.info({ kind: db.kind, uri: db.uri }, 'embedded FerretDB started');
      return db;
    } catch (error) {
      reasons.push(`FerretDB: ${firstLine(error)}`);
    }
  }
  throw new NoDatabaseError(
    [
      'No database is available. Choose one of:',
      '  1. set MONGODB_URI to a running MongoDB (e.g. mongodb://localhost:27017/praeventionsnetz);',
      '  2. allow mongodb-memory-server to download mongod, or point MONGOMS_SYSTEM_BINARY at a mongod;',
      '  3. install Go (https://go.dev/doc/install) so that FerretDB can be built once.',
      'What was tried:',
      ...reasons.map((reason) => `  - ${reason}`),
    ].join('\n'),
  );
}

/** How long a failed mongod download is remembered, so that later starts go straight on. */
const DOWNLOAD_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
const failureMarker = (cacheDir: string) => path.join(cacheDir, 'mongod-download-failed');

async function recentDownloadFailure(options: EmbeddedOptions): Promise<string | null> {
  if (options.systemBinary) return null;
  const stat = await fs.stat(failureMarker(options.cacheDir)).catch(() => null);
  if (!stat || Date.now() - stat.mtimeMs > DOWNLOAD_RETRY_AFTER_MS) return null;
  const reason = await fs.readFile(failureMarker(options.cacheDir), 'utf8');
  return `skipped: the download failed recently (${reason.trim()}); delete ${failureMarker(options.cacheDir)} to retry`;
}

async function rememberDownloadFailure(cacheDir: string, reason: string): Promise<void> {
  await fs.mkdir(cacheDir, { recursive: true });
  await fs.writeFile(failureMarker(cacheDir), `${reason}\n`);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
