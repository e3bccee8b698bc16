import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import pino from 'pino';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/src/db/embedded';
import { REPO_ROOT } from '../../server/src/env';

/** A throwaway data folder for one embedded database. */
export async function tempDataDir(prefix = 'pnetz-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/**
 * Starts the same embedded database the app uses (real mongod or FerretDB), in a throwaway
 * folder. Tests never mock the database.
 */
export async function startTestDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase & { dataDir: string }> {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const db = await startEmbeddedDatabase({
    dataDir,
    cacheDir: path.join(REPO_ROOT, '.cache'),
    logger: pino({ level: 'warn' }),
    ...(options.port ? { port: options.port } : {}),
    ...(process.env.MONGOMS_SYSTEM_BINARY
      ? { systemBinary: process.env.MONGOMS_SYSTEM_BINARY }
      : {}),
  });
  return { ...db, dataDir };
}
