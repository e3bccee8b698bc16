import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import {
  addMeasure,
  openCollabClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let workspaceId: string;
const api: Record<'admin' | 'member' | 'guest' | 'outsider', ApiClient> = {} as never;
const cookies: Record<string, string> = {};
const clients: CollabClient[] = [];

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const workspace = await createWorkspace();
  workspaceId = workspace.id as string;
  for (const role of ['admin', 'member', 'guest', 'outsider'] as const) {
    const user = await createUser();
    if (role !== 'outsider') await addMember(workspace._id, user.id, role);
    api[role] = new ApiClient(app.url);
    await api[role].login(user.email, user.password);
    cookies[role] = api[role].cookieHeader();
  }
});
afterEach(() => {
  while (clients.length > 0) clients.pop()!.close();
});
afterAll(() => app.close());

describe('plans over REST', () => {
  it('members create and rename plans; guests may not; admins archive', async () => {
    const created = await api.member.send('post', `/api/workspaces/${workspaceId}/plans`, {
      title: 'Handlungskonzept 2025–2027',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Handlungskonzept 2025–2027',
      kind: 'action_plan',
      visibility: 'workspace',
      access: 'write',
    });
    const id = created.body.id as string;

    const byGuest = await api.guest.send('post', `/api/workspaces/${workspaceId}/plans`, {
      title: 'Gastplan',
    });
    expect(byGuest.status).toBe(403);

    const renamed = await api.member.send('patch', `/api/plans/${id}`, {
      title: 'Handlungskonzept 2026',
    });
    expect(renamed.body.title).toBe('Handlungskonzept 2026');
    const memberArchives = await api.member.send('patch', `/api/plans/${id}`, { archived: true });
    expect(memberArchives.status).toBe(403);
    const archived = await api.admin.send('patch', `/api/plans/${id}`, { archived: true });
    expect(archived.body).toMatchObject({ archived: true, access: 'read' });

    const active = await api.guest.get(`/api/workspaces/${workspaceId}/plans`).expect(200);
    expect(active.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    const archive = await api.guest
      .get(`/api/workspaces/${workspaceId}/plans?archived=true`)
      .expect(200);
    expect(archive.body.items[0]).toMatchObject({ id, access: 'read' });
  });

  it('hides internal plans from other councils with 404, and names bad input', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const res = await api.outsider.get(`/api/plans/${plan.id}`);
    expect(res.status).toBe(404);
    const list = await api.outsider.get(`/api/workspaces/${workspaceId}/plans`).expect(200);
    expect(list.body.items).toEqual([]);

    const bad = await api.member.send('post', `/api/workspaces/${workspaceId}/plans`, {
      title: '',
      visibility: 'everyone',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.title',
      'body.visibility',
    ]);
    expect((await api.member.get('/api/plans/not-an-id')).status).toBe(400);
  });
});

describe('measures mirrored from the document', () => {
  it('lists measures and deadlines without loading Yjs', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const editor = openCollabClient(app.url, cookies.member!, plan.id as string);
    clients.push(editor);
    await whenSynced(editor.provider);
    addMeasure(editor.doc, {
      id: 'm1',
      title: 'Legale Graffitiflächen',
      fieldOfAction: 'graffiti',
      status: 'in_progress',
      deadline: isoDay(-3),
      progress: 40,
    });
    addMeasure(editor.doc, {
      id: 'm2',
      title: 'Müllsammelaktion',
      fieldOfAction: 'littering',
      deadline: isoDay(5),
      budget: 500,
    });
    addMeasure(editor.doc, { id: 'm3', title: 'Erledigt', status: 'done', deadline: isoDay(-10) });
    addMeasure(editor.doc, {
      id: 'm4',
      title: '<script>alert(1)</script>',
      fieldOfAction: 'nonsense',
      progress: 900,
      deadline: 'bald',
    });

    await eventually(async () => {
      const res = await api.guest.get(`/api/plans/${plan.id}/measures`).expect(200);
      expect(res.body.items).toHaveLength(4);
    });
    const { body } = await api.guest.get(`/api/plans/${plan.id}/measures`);
    const byId = Object.fromEntries(body.items.map((m: { id: string }) => [m.id, m]));
    expect(byId.m1).toMatchObject({
      title: 'Legale Graffitiflächen',
      fieldOfAction: 'graffiti',
      status: 'in_progress',
      progress: 40,
      planTitle: plan.title,
    });
    expect(byId.m4).toMatchObject({ fieldOfAction: null, progress: 100, deadline: null });

    const deadlines = await api.member
      .get(`/api/workspaces/${workspaceId}/deadlines?days=14`)
      .expect(200);
    expect(deadlines.body.overdue.map((m: { id: string }) => m.id)).toEqual(['m1']);
    expect(deadlines.body.dueSoon.map((m: { id: string }) => m.id)).toEqual(['m2']);

    editor.doc.getArray('measures').delete(0, 1);
    await eventually(async () => {
      const res = await api.member.get(`/api/plans/${plan.id}/measures`).expect(200);
      expect(res.body.items.map((m: { id: string }) => m.id).sort()).toEqual(['m2', 'm3', 'm4']);
    });
  });
});

describe('versions', () => {
  it('saves a named version and restores it as a new change that others see live', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const a = openCollabClient(app.url, cookies.member!, plan.id as string);
    const b = openCollabClient(app.url, cookies.admin!, plan.id as string);
    clients.push(a, b);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    typeParagraph(a.doc, 'Fassung für den Stadtrat');
    addMeasure(a.doc, { id: 'v1', title: 'Beleuchtung Parkplatz' });
    await eventually(() => expect(paragraphs(b.doc)).toEqual(['Fassung für den Stadtrat']));

    const saved = await api.member.send('post', `/api/plans/${plan.id}/versions`, {
      name: 'Beschlussvorlage',
    });
    expect(saved.status).toBe(201);
    typeParagraph(a.doc, 'Spätere Änderung');
    a.doc.getArray('measures').delete(0, 1);
    await eventually(() => expect(paragraphs(b.doc)).toHaveLength(2));

    const guestRestore = await api.guest.send(
      'post',
      `/api/plans/${plan.id}/versions/${saved.body.id}/restore`,
    );
    expect(guestRestore.status).toBe(403);
    const restored = await api.admin.send(
      'post',
      `/api/plans/${plan.id}/versions/${saved.body.id}/restore`,
    );
    expect(restored.status).toBe(204);
    await eventually(() => {
      expect(paragraphs(a.doc)).toEqual(['Fassung für den Stadtrat']);
      expect(paragraphs(b.doc)).toEqual(['Fassung für den Stadtrat']);
      expect(a.doc.getArray('measures').length).toBe(1);
    });
    const versions = await api.guest.get(`/api/plans/${plan.id}/versions`).expect(200);
    expect(versions.body.items[0]).toMatchObject({ name: 'Beschlussvorlage', automatic: false });
  });
});
