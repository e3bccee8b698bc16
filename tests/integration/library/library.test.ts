import type { LibraryFile } from '@pnetz/shared';
import type { ApiClient } from '../../support/http';
import { completeProject, createProject, pngBytes, upload } from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from '../exchange/support';

let app: TestServer;
let actors: ExchangeActors;
let councilA: string;
let internalFileId: string;

async function library(client: ApiClient, query = ''): Promise<LibraryFile[]> {
  const res = await client.get(`/api/workspaces/${councilA}/files${query}`);
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items as LibraryFile[];
}
const names = (files: LibraryFile[]) => files.map((f) => f.filename).sort();

async function shareFile(client: ApiClient, exchangeId: string, filename: string) {
  const res = await client.agent
    .post(`/api/exchanges/${exchangeId}/files?filename=${filename}`)
    .set('x-csrf-token', client.csrfToken)
    .set('content-type', 'application/octet-stream')
    .send(Buffer.from('%PDF-1.4\n%Konzept\n'));
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  councilA = actors.councils.a.id as string;
  const admin = actors.clients.adminA;
  const internal = await createProject(
    admin,
    councilA,
    completeProject({ title: 'Internes Lagebild', visibility: 'workspace', draft: false }),
  );
  const shared = await createProject(
    admin,
    councilA,
    completeProject({ title: 'Wandbilder am Bahnhof', visibility: 'network', draft: false }),
  );
  const png = pngBytes();
  const lageplan = await upload(admin, internal.id, png, {
    filename: 'Lageplan.png',
    for: 'project',
  });
  expect(lageplan.status).toBe(201);
  internalFileId = lageplan.body.id;
  expect(
    (await upload(admin, shared.id, png, { filename: 'Flyer.png', for: 'project' })).status,
  ).toBe(201);
  // Uploaded for an update that was never posted: only a draft of its uploader.
  expect(
    (await upload(admin, shared.id, png, { filename: 'Entwurf.png', for: 'update' })).status,
  ).toBe(201);

  const withA = await openExchange(actors, { title: 'Graffiti im Dreiländereck' });
  await shareFile(actors.clients.memberA, withA.id, 'Konzept.pdf');
  const withoutA = await actors.clients.coordinator.send('post', '/api/exchanges', {
    title: 'Nur B und C',
    description: 'Ohne Glauchau',
    fieldsOfAction: ['graffiti'],
    visibility: 'invited',
    workspaceIds: [actors.councils.b.id, actors.councils.c.id],
    peopleEmails: [],
  });
  expect(withoutA.status).toBe(201);
  await shareFile(actors.clients.memberB, withoutA.body.id, 'Andere.pdf');
}, 120_000);
afterAll(() => app.close());

describe("a council's file library", () => {
  it('lists every file attached in the workspace for its members, with source and uploader', async () => {
    const files = await library(actors.clients.memberA);
    expect(names(files)).toEqual(['Flyer.png', 'Konzept.pdf', 'Lageplan.png']);
    expect(files[0]).toMatchObject({
      filename: 'Konzept.pdf',
      source: 'exchange',
      category: 'pdf',
    });
    expect(files.find((f) => f.filename === 'Lageplan.png')).toMatchObject({
      source: 'project',
      sourceTitle: 'Internes Lagebild',
      category: 'image',
      uploadedBy: { name: 'Admin A', former: false },
    });
    expect(files.every((f) => f.size > 0)).toBe(true);
  });

  it('shows people from other councils only what they may open', async () => {
    expect(names(await library(actors.clients.memberB))).toEqual(['Flyer.png', 'Konzept.pdf']);
    expect(names(await library(actors.clients.outsider))).toEqual(['Flyer.png']);
    expect(names(await library(actors.clients.coordinator))).toEqual(['Flyer.png', 'Konzept.pdf']);
    await actors.clients.outsider.get(`/api/attachments/${internalFileId}`).expect(404);
  });

  it('downloads through the path it names, for those who may', async () => {
    const konzept = (await library(actors.clients.memberB)).find(
      (f) => f.filename === 'Konzept.pdf',
    )!;
    const res = await actors.clients.memberB.get(konzept.downloadPath).expect(200);
    expect(res.headers['content-disposition']).toContain('Konzept.pdf');
    await actors.clients.outsider.get(konzept.downloadPath).expect(404);
  });

  it('filters by words, source and kind', async () => {
    expect(names(await library(actors.clients.memberA, '?q=konzept'))).toEqual(['Konzept.pdf']);
    expect(names(await library(actors.clients.memberA, '?q=Admin%20lageb'))).toEqual([
      'Lageplan.png',
    ]);
    expect(names(await library(actors.clients.memberA, '?source=project'))).toEqual([
      'Flyer.png',
      'Lageplan.png',
    ]);
    expect(names(await library(actors.clients.memberA, '?category=pdf'))).toEqual(['Konzept.pdf']);
  });

  it('refuses unknown filters naming the field, and unknown councils', async () => {
    const bad = await actors.clients.memberA.get(`/api/workspaces/${councilA}/files?category=exe`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.category');
    await actors.clients.memberA.get('/api/workspaces/0123456789abcdef01234567/files').expect(404);
  });
});
