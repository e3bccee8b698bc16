import pino from 'pino';
import type { FeedPage, Measure, ProjectList, UpdatesPage } from '@pnetz/shared';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
  await seedDemoData(pino({ level: 'silent' }), { appUrl: app.url });
});
afterAll(() => app.close());

const signIn = async (email: string) => {
  const client = new ApiClient(app.url);
  await client.login(email, DEMO_PASSWORD);
  return client;
};

describe('demo projects', () => {
  it('Glauchau’s graffiti grant project, with partner updates, a feed and its plan measure', async () => {
    const police = await signIn('polizei@glauchau.example');
    const list = (await police.get('/api/projects?sort=title').expect(200)).body as ProjectList;
    // Other features' demo data may add projects; these three come from the projects seed.
    expect(list.items.map((p) => p.title)).toEqual(
      expect.arrayContaining([
        'Aufsuchende Straßensozialarbeit an Treffpunkten',
        'Sicherer Schulweg',
        'Wandbilder statt illegaler Graffiti',
      ]),
    );
    const graffiti = list.items.find((p) => p.title.startsWith('Wandbilder'))!;
    const project = (await police.get(`/api/projects/${graffiti.id}`).expect(200)).body;
    expect(project).toMatchObject({
      totalCost: 32_500,
      funding: { granted: 29_250, ownShare: 3_250, year: 2021 },
      visibility: 'network',
    });
    const updates = (await police.get(`/api/projects/${graffiti.id}/updates`).expect(200))
      .body as UpdatesPage;
    expect(updates.items).toHaveLength(2);
    expect(updates.items[0]!.comments).toHaveLength(1);
    const measures = (await police.get(`/api/projects/${graffiti.id}/measures`).expect(200)).body
      .items as Measure[];
    expect(measures.map((m) => m.title)).toEqual([
      'Wandbilder statt illegaler Graffiti am Bahnhof',
    ]);
    const feed = (await police.get(`/api/workspaces/${project.workspace.id}/feed`).expect(200))
      .body as FeedPage;
    expect(feed.items.slice(0, 2).map((i) => i.kind)).toEqual(['comment.posted', 'update.posted']);
    expect(feed.items.map((i) => i.id)).toEqual([...feed.items.map((i) => i.id)].sort().reverse());
  });

  it('Königswartha sees Glauchau’s shared project, not its internal one', async () => {
    const koenigswartha = await signIn('geschaeftsstelle@koenigswartha.example');
    const titles = (
      (await koenigswartha.get('/api/projects?sort=title').expect(200)).body as ProjectList
    ).items.map((p) => p.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Sicherer Schulweg', 'Wandbilder statt illegaler Graffiti']),
    );
    expect(titles).not.toContain('Aufsuchende Straßensozialarbeit an Treffpunkten');
    const streetwork = await (
      await signIn('polizei@glauchau.example')
    )
      .get('/api/projects?fieldOfAction=drugs')
      .expect(200);
    // Its measures come only from plans the caller may read (Glauchau's plan is internal).
    const graffiti = (
      (await koenigswartha.get('/api/projects?fieldOfAction=graffiti').expect(200))
        .body as ProjectList
    ).items[0]!;
    expect(
      (await koenigswartha.get(`/api/projects/${graffiti.id}/measures`).expect(200)).body.items,
    ).toEqual([]);
    expect((await koenigswartha.get(`/api/projects/${streetwork.body.items[0].id}`)).status).toBe(
      404,
    );
  });
});
