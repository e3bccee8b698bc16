import mongoose from 'mongoose';
import type { Logger } from '../logger';

export const DEFAULT_DB_NAME = 'praeventionsnetz';

/**
 * Connects the default mongoose connection. The driver keeps reconnecting on its own after the
 * database goes away, so readiness recovers without a restart.
 */
export async function connectDatabase(
  uri: string,
  logger: Logger,
  dbName?: string,
): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  const connection = mongoose.connection;
  connection.on('disconnected', () => logger.warn('database disconnected'));
  connection.on('reconnected', () => logger.info('database reconnected'));
  await mongoose.connect(uri, {
    ...(dbName ? { dbName } : hasDbName(uri) ? {} : { dbName: DEFAULT_DB_NAME }),
    serverSelectionTimeoutMS: 5000,
    heartbeatFrequencyMS: 2000,
    autoIndex: false,
  });
  // Indexes are created once at boot, explicitly, so a missing unique index fails loudly here.
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  logger.info({ db: connection.name }, 'database connected');
  return mongoose;
}

function hasDbName(uri: string): boolean {
  const afterHost = uri.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '');
  const name = afterHost.replace(/^\//, '').split('?')[0];
  return Boolean(name);
}

/**
 * True when the database answers a ping within the timeout. When the timer fires, the verdict
 * waits for the I/O phase of the same loop turn: after the event loop was blocked (a large PDF
 * being laid out), the timer runs first although the answer is already there to be read.
 */
export async function pingDatabase(timeoutMs = 1500): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  let answered = false;
  const ping = db
    .admin()
    .ping({ maxTimeMS: timeoutMs })
    .then(
      () => (answered = true),
      () => false,
    );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => setImmediate(() => resolve(answered)), timeoutMs);
  });
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}
