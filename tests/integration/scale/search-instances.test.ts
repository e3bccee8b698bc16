import { randomBytes } from 'node:crypto';
import type { SearchResult } from '@pnetz/shared';
import mongoose from 'mongoose';
import { tempDataDir } from '../../support/database';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { ServerProcess } from '../../support/process-server';
import { completeProject, createProject } from '../../support/projects';
import { testDatabaseUri } from '../../support/server';

/**
 * Each instance keeps its own search engine in memory. Written through instance A, found (and no
 * longer found) through instance B at once, without any message between them: every query
 * refreshes the engine from the database by entry revision.
 */

jest.setTimeout(180_000);

let a: ServerProcess;
let b: ServerProcess;
let writerOnA: ApiClient;
let readerOnB: ApiClient;
let workspaceId: string;

async function titlesOnB(q: string): Promise<string[]> {
  const res = await readerOnB.get(`/api/search?q=${encodeURIComponent(q)}&types=project`);
  expect(res.status).toBe(200);
  return (res.body.items as SearchResult[]).map((r) => r.title.text);
}

beforeAll(async () => {
  const dbName = `scale_search_${randomBytes(4).toString('hex')}`;
  await mongoose.connect(testDatabaseUri(), { dbName });
  const dataDir = await tempDataDir('pnetz-scale-search-');
  const uri = `${testDatabaseUri()}${dbName}`;
  a = await ServerProcess.create(uri, dataDir);
  b = await ServerProcess.create(uri, dataDir);
  const workspace = await createWorkspace();
  workspaceId = workspace.id as string;
  const writer = await createUser({ name: 'Schreibende Person' });
  const reader = await createUser({ name: 'Lesende Person' });
  await addMember(workspace._id, writer.id, 'admin');
  await addMember(workspace._id, reader.id, 'member');
  await Promise.all([a.start(), b.start()]);
  writerOnA = new ApiClient(a.url);
  await writerOnA.login(writer.email, writer.password);
  readerOnB = new ApiClient(b.url);
  await readerOnB.login(reader.email, reader.password);
});

afterAll(async () => {
  await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

it('finds on instance B what was written, changed and deleted on instance A', async () => {
  // B's engine is warm before the project exists.
  expect(await titlesOnB('Sozialarbeit')).toEqual([]);
  const project = await createProject(
    writerOnA,
    workspaceId,
    completeProject({
      title: 'Aufsuchende Straßensozialarbeit',
      visibility: 'workspace',
      draft: false,
    }),
  );
  expect(await titlesOnB('Sozialarbeit')).toEqual(['Aufsuchende Straßensozialarbeit']);

  const renamed = await writerOnA.send('patch', `/api/projects/${project.id}`, {
    title: 'Mobile Jugendarbeit am Markt',
  });
  expect(renamed.status).toBe(200);
  expect(await titlesOnB('Sozialarbeit')).toEqual([]);
  expect(await titlesOnB('Jugendarbeit')).toEqual(['Mobile Jugendarbeit am Markt']);

  const deleted = await writerOnA.send('delete', `/api/projects/${project.id}`);
  expect(deleted.status).toBeLessThan(300);
  expect(await titlesOnB('Jugendarbeit')).toEqual([]);
});
