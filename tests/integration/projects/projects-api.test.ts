import type { AuditPage, Project, ProjectList } from '@pnetz/shared';
import { ProjectModel } from '../../../server/src/projects/project.model';
import { completeProject, councilWith, createProject, type Person } from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let council: { workspaceId: string } & Record<'admin' | 'member' | 'guest', Person>;
beforeAll(async () => {
  app = await startTestServer();
  council = await councilWith(app.url, { admin: 'admin', member: 'member', guest: 'guest' });
});
afterAll(() => app.close());

const create = (person: Person, body: unknown) =>
  person.client.send('post', `/api/workspaces/${council.workspaceId}/projects`, body);

describe('creating and reading projects', () => {
  it('stores the whole record along the Beccaria steps and reads it back', async () => {
    const res = await create(council.member, completeProject());
    expect(res.status).toBe(201);
    const project = res.body as Project;
    expect(project).toMatchObject({
      title: 'Wandbilder statt illegaler Graffiti',
      draft: false,
      totalCost: 32_500,
      funding: { granted: 29_250, ownShare: 3_250, year: 2021, source: 'state_guideline' },
      evaluation: { type: 'self' },
      evidenceLevel: 'theoretical',
      createdBy: { id: council.member.id, former: false },
      permissions: { edit: true, post: true, moderate: false, manage: false },
      following: true,
    });
    expect(project.publishedAt).not.toBeNull();
    const read = await council.guest.client.get(`/api/projects/${project.id}`).expect(200);
    expect(read.body).toMatchObject({ id: project.id, permissions: { edit: false, post: false } });
  });

  it('saves a draft with just a title and the council’s default visibility', async () => {
    const res = await create(council.member, { title: 'Streetwork am Markt' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      draft: true,
      visibility: 'workspace',
      publishedAt: null,
      problem: { what: '' },
    });
  });

  it('publishing asks for the required fields, naming each, and changes nothing', async () => {
    const draft = (await create(council.member, { title: 'Halbfertig' })).body as Project;
    const res = await council.member.client.send('patch', `/api/projects/${draft.id}`, {
      draft: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    const paths = (res.body.error.fields as Array<{ path: string }>).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.summary',
        'body.fieldsOfAction',
        'body.problem.what',
        'body.preventionGoal',
        'body.contact.name',
      ]),
    );
    expect((await ProjectModel.findById(draft.id).lean())?.draft).toBe(true);
  });

  it('saves drafts step by step, then publishes', async () => {
    const draft = (await create(council.member, { title: 'Schritt für Schritt' })).body as Project;
    const { title: _title, draft: _draft, ...rest } = completeProject();
    for (const step of [
      { problem: rest.problem, summary: rest.summary, fieldsOfAction: rest.fieldsOfAction },
      { causes: rest.causes },
      {
        preventionGoal: rest.preventionGoal,
        targetGroups: rest.targetGroups,
        settings: rest.settings,
      },
      { approach: rest.approach, contact: rest.contact },
    ]) {
      await council.member.client
        .send('patch', `/api/projects/${draft.id}`, step)
        .then((r) => expect(r.status).toBe(200));
    }
    const published = await council.member.client.send('patch', `/api/projects/${draft.id}`, {
      draft: false,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ draft: false, causes: rest.causes, status: 'idea' });
    const back = await council.member.client.send('patch', `/api/projects/${draft.id}`, {
      draft: true,
    });
    expect(back.status).toBe(400);
    expect(back.body.error.fields[0].path).toBe('body.draft');
  });
});

describe('bad input gets a 400 naming the field, and nothing is stored', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a missing title', { ...completeProject(), title: undefined }, 'body.title'],
    ['an empty title', { ...completeProject(), title: '   ' }, 'body.title'],
    ['a wrong type', { ...completeProject(), fieldsOfAction: 'graffiti' }, 'body.fieldsOfAction'],
    ['an unknown status', { ...completeProject(), status: 'fertig' }, 'body.status'],
    ['a number as text', { ...completeProject(), causes: 42 }, 'body.causes'],
    [
      'a script tag',
      { ...completeProject(), summary: '<script>alert(1)</script>' },
      'body.summary',
    ],
    [
      'an unterminated script tag',
      { ...completeProject(), causes: 'vorher <script src=//böse.example/x.js' },
      'body.causes',
    ],
    [
      'an event handler in markup',
      { ...completeProject(), problem: { what: '<img src=x onerror=alert(1)>' } },
      'body.problem.what',
    ],
    [
      'markup in a list',
      { ...completeProject(), indicators: ['<b>fett</b>'] },
      'body.indicators.0',
    ],
    [
      'markup in a partner',
      { ...completeProject(), partners: [{ organisation: '<iframe>', type: 'school' }] },
      'body.partners.0.organisation',
    ],
    [
      'an own share below 10 %',
      { ...completeProject(), funding: { ownShare: 1000 } },
      'body.funding.ownShare',
    ],
    [
      'an end before the start',
      { ...completeProject(), timeline: { start: '2022-01-01', end: '2021-01-01' } },
      'body.timeline.end',
    ],
    [
      'an invalid date',
      { ...completeProject(), timeline: { start: '01.01.2021' } },
      'body.timeline.start',
    ],
    [
      'a negative amount',
      { ...completeProject(), costPlan: [{ item: 'x', amount: -5 }] },
      'body.costPlan.0.amount',
    ],
    [
      'an invalid contact address',
      { ...completeProject(), contact: { name: 'A', email: 'keine-adresse' } },
      'body.contact.email',
    ],
    [
      'a partner who is no member',
      {
        ...completeProject(),
        partners: [
          { organisation: 'Verein', type: 'association', userIds: ['0123456789abcdef01234567'] },
        ],
      },
      'body.partners.0.userIds.0',
    ],
  ];

  it.each(cases)('%s', async (_name, body, path) => {
    const title = `Ungültig ${Math.random()}`;
    const res = await create(council.member, {
      ...body,
      ...(body.title === undefined ? {} : { title: body.title === '   ' ? '   ' : title }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    expect((res.body.error.fields as Array<{ path: string }>).map((f) => f.path)).toContain(path);
    expect(await ProjectModel.countDocuments({ title })).toBe(0);
  });

  it('text a < b and <3 stays as it is (it is not markup)', async () => {
    const res = await create(
      council.member,
      completeProject({ summary: 'Kinder < 14 Jahre und Jugendliche <3' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.summary).toBe('Kinder < 14 Jahre und Jugendliche <3');
  });

  it('a change with markup is refused and the record stays as it was', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const res = await council.member.client.send('patch', `/api/projects/${project.id}`, {
      approach: '<a href="javascript:alert(1)">x</a>',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.approach');
    expect((await ProjectModel.findById(project.id).lean())?.approach).toBe(project.approach);
  });
});

describe('changing, sharing and deleting', () => {
  it('a guest cannot change a project (403), an outsider cannot even see an internal one (404)', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const guest = await council.guest.client.send('patch', `/api/projects/${project.id}`, {
      status: 'paused',
    });
    expect(guest.status).toBe(403);
    const other = await councilWith(app.url, { admin: 'admin' });
    expect((await other.admin.client.get(`/api/projects/${project.id}`)).status).toBe(404);
    expect(
      (await other.admin.client.send('patch', `/api/projects/${project.id}`, { status: 'paused' }))
        .status,
    ).toBe(404);
  });

  it('after publishing, only admins change the visibility, and the change is in the audit log', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const byMember = await council.member.client.send('patch', `/api/projects/${project.id}`, {
      visibility: 'network',
    });
    expect(byMember.status).toBe(403);
    const byAdmin = await council.admin.client.send('patch', `/api/projects/${project.id}`, {
      visibility: 'network',
    });
    expect(byAdmin.status).toBe(200);
    const log = (
      await council.admin.client
        .get(`/api/workspaces/${council.workspaceId}/audit?action=visibility.changed`)
        .expect(200)
    ).body as AuditPage;
    expect(log.items[0]).toMatchObject({
      action: 'visibility.changed',
      target: { type: 'project', id: project.id },
      details: { from: 'workspace', to: 'network' },
    });
  });

  it('members delete nothing but their own drafts; admins delete projects, logged', async () => {
    const draft = (await create(council.member, { title: 'Nur ein Entwurf' })).body as Project;
    await council.member.client
      .send('delete', `/api/projects/${draft.id}`)
      .then((r) => expect(r.status).toBe(204));
    const project = await createProject(council.member.client, council.workspaceId);
    expect((await council.member.client.send('delete', `/api/projects/${project.id}`)).status).toBe(
      403,
    );
    expect((await council.admin.client.send('delete', `/api/projects/${project.id}`)).status).toBe(
      204,
    );
    expect(await ProjectModel.exists({ _id: project.id })).toBeNull();
    const log = (
      await council.admin.client
        .get(`/api/workspaces/${council.workspaceId}/audit?action=content.deleted`)
        .expect(200)
    ).body as AuditPage;
    expect(log.items.map((e) => e.target?.id)).toEqual(
      expect.arrayContaining([draft.id, project.id]),
    );
  });

  it('following can be switched off and on', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const off = await council.member.client.send('put', `/api/projects/${project.id}/follow`, {
      following: false,
    });
    expect(off.body).toEqual({ following: false });
    expect((await council.member.client.get(`/api/projects/${project.id}`)).body.following).toBe(
      false,
    );
  });
});

describe('lists across the network', () => {
  it('filters, sorts and shows each caller only what they may see', async () => {
    const small = await councilWith(app.url, { admin: 'admin' }, { population: 3_300 });
    const big = await councilWith(app.url, { admin: 'admin' }, { population: 250_000 });
    const tag = `Liste ${Date.now()}`;
    await createProject(
      small.admin.client,
      small.workspaceId,
      completeProject({
        title: `${tag} A Streetwork`,
        visibility: 'network',
        fieldsOfAction: ['public_space'],
        settings: ['neighbourhood'],
        timeline: { start: '2023-03-01', end: null, milestones: [] },
        funding: { year: null },
      }),
    );
    await createProject(
      small.admin.client,
      small.workspaceId,
      completeProject({ title: `${tag} B intern`, visibility: 'workspace' }),
    );
    await createProject(
      big.admin.client,
      big.workspaceId,
      completeProject({
        title: `${tag} C Graffiti`,
        visibility: 'network',
        partners: [{ organisation: 'Polizeirevier', type: 'police', role: 'Lagebild' }],
      }),
    );
    await createProject(big.admin.client, big.workspaceId, {
      title: `${tag} D Entwurf`,
      visibility: 'network',
    });

    const titles = async (person: Person, query: string) =>
      ((await person.client.get(`/api/projects?${query}`).expect(200)).body as ProjectList).items
        .map((p) => p.title)
        .filter((t) => t.startsWith(tag));
    expect(await titles(small.admin, 'sort=title&limit=200')).toEqual([
      `${tag} A Streetwork`,
      `${tag} B intern`,
      `${tag} C Graffiti`,
    ]);
    expect(await titles(big.admin, 'sort=title&limit=200')).toEqual([
      `${tag} A Streetwork`,
      `${tag} C Graffiti`,
      `${tag} D Entwurf`,
    ]);
    expect(await titles(small.admin, 'fieldOfAction=public_space')).toEqual([
      `${tag} A Streetwork`,
    ]);
    expect(await titles(small.admin, 'setting=neighbourhood')).toEqual([`${tag} A Streetwork`]);
    expect(await titles(small.admin, 'partnerType=police')).toEqual([`${tag} C Graffiti`]);
    expect(await titles(small.admin, 'municipalitySize=city')).toEqual([`${tag} C Graffiti`]);
    expect(await titles(small.admin, 'year=2024&sort=title')).toEqual([`${tag} A Streetwork`]);
    expect(await titles(small.admin, `workspaceId=${big.workspaceId}`)).toEqual([
      `${tag} C Graffiti`,
    ]);
    const bad = await small.admin.client.get('/api/projects?status=fertig');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.status');
  });

  it('exports the visible list as CSV for German spreadsheets, safe against formulas, and logs it', async () => {
    await createProject(
      council.member.client,
      council.workspaceId,
      completeProject({ title: '=HYPERLINK("http://böse.example")' }),
    );
    const res = await council.admin.client
      .get(`/api/projects/export?workspaceId=${council.workspaceId}`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const text = res.text;
    expect(text.startsWith('\uFEFFTitel;Präventionsrat;Kommune;Status')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://böse.example"")"`);
    const log = (
      await council.admin.client
        .get(`/api/workspaces/${council.workspaceId}/audit?action=data.exported`)
        .expect(200)
    ).body as AuditPage;
    expect(log.items[0]?.details).toMatchObject({ scope: 'projects', format: 'csv' });
  });
});
