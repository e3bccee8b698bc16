import './runtime-check';
import { connectDatabase, disconnectDatabase } from './db/connection';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { EnvError, loadEnv, shouldSeedDemo, type Env } from './env';
import { categoryLogger, createLogger, prettyLogs } from './logger';
import { connectScale, type Scale } from './scale';
import { seedDemoData } from './seed/demo';
import { moveLegacySnapshots } from './realtime/collab/persistence';
import { createServer } from './server';

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(env: Env): Promise<void> {
  const pretty = prettyLogs(env.LOG_FORMAT, env.NODE_ENV, process.stdout.isTTY === true);
  const logger = createLogger(env.LOG_LEVEL, pretty);
  const log = categoryLogger(logger, 'app');
  const dbLogger = categoryLogger(logger, 'db');

  let embedded: EmbeddedDatabase | undefined;
  let uri = env.MONGODB_URI;
  if (!uri) {
    embedded = await startEmbeddedDatabase({
      dataDir: env.DATA_DIR,
      cacheDir: env.CACHE_DIR,
      logger: dbLogger,
      prefer: env.EMBEDDED_DB,
      systemBinary: env.MONGOMS_SYSTEM_BINARY,
    });
    uri = embedded.uri;
  }
  await connectDatabase(uri, dbLogger);
  await moveLegacySnapshots(categoryLogger(logger, 'realtime'));
  if (shouldSeedDemo(env)) {
    await seedDemoData(categoryLogger(logger, 'seed'), {
      appUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    });
  }

  let scale: Scale | undefined;
  if (env.REDIS_URL) {
    scale = await connectScale(env.REDIS_URL, categoryLogger(logger, 'realtime'));
    log.info('running as one of several instances (Redis)');
  }
  const server = createServer(env, logger, { scale });
  const port = await server.listen();
  log.info(
    { port },
    `Präventionsnetz is running at ${env.PUBLIC_URL ?? `http://localhost:${port}`}`,
  );

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    await server.close();
    await scale?.close();
    await disconnectDatabase();
    await embedded?.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
}

let env: Env;
try {
  env = loadEnv();
} catch (error) {
  process.stderr.write(`${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}
main(env).catch((error: unknown) => {
  process.stderr.write(
    `Präventionsnetz could not start:\n${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
