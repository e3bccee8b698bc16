import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import { freePort, onPath, run, waitForPort } from './process-utils';
import { whileWorking } from './progress';
import type { EmbeddedDatabase } from './embedded-database';

export const FERRETDB_VERSION = 'v1.24.0';
/** The version with the patch below applied; a binary built without it is not reused. */
const FERRETDB_BUILD = `${FERRETDB_VERSION}-id-index`;

/**
 * FerretDB 1.24's SQLite backend answers a query by `_id` alone with `WHERE
 * _ferretdb_sjson->'$._id' = ?`, while the unique index it creates for `_id` is on
 * `_ferretdb_sjson->"_id"`. SQLite uses an expression index only for the same expression, so every
 * lookup by `_id` read the table row by row until it found the document: 24 ms at the end of a
 * collection of 20,000 documents instead of well under one. Writing the lookup as the index is
 * written makes it an index search; the two expressions select the same value.
 */
const ID_LOOKUP_PATCH = {
  file: ['internal', 'backends', 'sqlite', 'metadata', 'metadata.go'],
  from: `IDColumn = DefaultColumn + "->'$._id'"`,
  to: `IDColumn = DefaultColumn + "->'_id'"`,
};
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';

/** Where the FerretDB binary lives once built: a git-ignored cache folder, one per version. */
export function ferretdbBinaryPath(cacheDir: string): string {
  return path.join(cacheDir, 'ferretdb', FERRETDB_BUILD, 'bin', 'ferretdb');
}

/**
 * Builds FerretDB once with the local Go toolchain.
 *
 * A plain `go install …/cmd/ferretdb@v1.24.0` is not enough: the module as published lacks the
 * generated `build/version/version.txt`, so the binary it builds panics at start. We therefore
 * fetch the module through the Go module proxy, add that file to a private copy, apply the `_id`
 * lookup patch above, and build the copy through a two-line wrapper module. The result is cached,
 * so later starts do not rebuild.
 */
export async function buildFerretDb(cacheDir: string, logger: Logger): Promise<string> {
  const binary = ferretdbBinaryPath(cacheDir);
  if (existsSync(binary)) return binary;
  if (!(await onPath('go'))) {
    throw new Error('Go is not on the PATH, so FerretDB cannot be built');
  }
  logger.info(
    { version: FERRETDB_VERSION },
    'first start: building the embedded database (FerretDB) once, about 1–2 minutes',
  );
  const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };
  const versionDir = path.dirname(path.dirname(binary));
  await fs.mkdir(versionDir, { recursive: true });
  const work = await fs.mkdtemp(path.join(versionDir, 'build-'));
  try {
    logger.info('step 1 of 2: fetching the FerretDB source through the Go module proxy');
    const info = JSON.parse(
      await whileWorking(logger, 'fetching', () =>
        run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
          cwd: work,
          env: goEnv,
        }),
      ),
    ) as { Dir?: string };
    if (!info.Dir) throw new Error('go mod download did not report the module folder');
    const source = path.join(work, 'src');
    await fs.cp(info.Dir, source, { recursive: true });
    await run('chmod', ['-R', 'u+w', source]);
    await fs.writeFile(
      path.join(source, 'build', 'version', 'version.txt'),
      `${FERRETDB_VERSION}\n`,
    );
    const patched = path.join(source, ...ID_LOOKUP_PATCH.file);
    const original = await fs.readFile(patched, 'utf8');
    if (!original.includes(ID_LOOKUP_PATCH.from))
      throw new Error(
        `FerretDB source changed: ${ID_LOOKUP_PATCH.file.join('/')} has no _id lookup`,
      );
    await fs.writeFile(patched, original.replace(ID_LOOKUP_PATCH.from, ID_LOOKUP_PATCH.to));
    await fs.writeFile(
      path.join(work, 'go.mod'),
      `module ferretdb-build\n\ngo 1.22\n\nrequire ${FERRETDB_MODULE} ${FERRETDB_VERSION}\n\nreplace ${FERRETDB_MODULE} => ./src\n`,
    );
    const staged = path.join(work, 'ferretdb');
    logger.info('step 2 of 2: compiling FerretDB');
    await whileWorking(logger, 'compiling', () =>
      run('go', ['build', '-trimpath', '-o', staged, `${FERRETDB_MODULE}/cmd/ferretdb`], {
        cwd: work,
        env: goEnv,
      }),
    );
    await fs.mkdir(path.dirname(binary), { recursive: true });
    // Rename is atomic: a second process building at the same time cannot leave half a binary.
    await fs.rename(staged, binary);
    logger.info({ binary }, 'FerretDB built; later starts reuse it');
    return binary;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Ends a FerretDB left running by a previous process that was killed before it could stop it. */
async function stopStale(pidFile: string, logger: Logger): Promise<void> {
  const pid = Number(await fs.readFile(pidFile, 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes('ferretdb')) return;
    process.kill(pid, 'SIGTERM');
    logger.warn({ pid }, 'stopped a FerretDB left over from an earlier run');
    for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++)
      await new Promise((r) => setTimeout(r, 100));
  } catch {
    // Not running any more: nothing to do.
  }
}

export async function startFerretDb(options: {
  dataDir: string;
  cacheDir: string;
  logger: Logger;
  port?: number;
}): Promise<EmbeddedDatabase> {
  const { logger } = options;
  const binary = await buildFerretDb(options.cacheDir, logger);
  const dataDir = path.join(options.dataDir, 'ferretdb');
  await fs.mkdir(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, 'ferretdb.pid');
  await stopStale(pidFile, logger);

  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=warn',
      '--state-dir=' + dataDir,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  let exited: string | null = null;
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = `FerretDB exited (${signal ?? code}) ${stderr}`;
      resolve();
    });
  });
  await waitForPort(port, 20_000, () => exited);
  await fs.writeFile(pidFile, String(child.pid));

  return {
    kind: 'ferretdb',
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    pid: child.pid,
    async stop() {
      if (exited === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(timer);
      }
      await fs.rm(pidFile, { force: true });
    },
  };
}
