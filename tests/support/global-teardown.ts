import fs from 'node:fs/promises';
import type { startTestDatabase } from './database';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __testDatabase?: Awaited<ReturnType<typeof startTestDatabase>> })
    .__testDatabase;
  if (!db) return;
  await db.stop();
  await fs.rm(db.dataDir, { recursive: true, force: true });
}
