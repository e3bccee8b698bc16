import { startTestDatabase } from './database';

/**
 * One database server for the whole integration run (each test file uses its own database in
 * it). With MONGODB_URI set, that server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.TEST_MONGODB_URI = process.env.MONGODB_URI;
    return;
  }
  const db = await startTestDatabase();
  process.env.TEST_MONGODB_URI = db.uri;
  (globalThis as { __testDatabase?: typeof db }).__testDatabase = db;
}
