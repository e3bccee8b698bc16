import * as Y from 'yjs';
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
const api: Record<'member' | 'guest' | 'outsider', ApiClient> = {} as never;
let memberCookie = '';
const clients: CollabClient[] = [];

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const workspace = await createWorkspace();
  workspaceId = workspace.id as string;
  for (const role of ['member', 'guest', 'outsider'] as const) {
    const user = await createUser();
    if (role !== 'outsider') await addMember(workspace._id, user.id, role);
    api[role] = new ApiClient(app.url);
    await api[role].login(user.email, user.password);
  }
  memberCookie = api.member.cookieHeader();
});
afterEach(() => {
  while (clients.length > 0) clients.pop()!.close();
});
afterAll(() => app.close());

/** The document a version's base64 state describes. */
function docOf(state: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(state, 'base64')));
  return doc;
}

describe('viewing one version', () => {
  it('returns the state as it was saved, to everyone who may read the plan', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const editor = openCollabClient(app.url, memberCookie, plan.id as string);
    clients.push(editor);
    await whenSynced(editor.provider);
    typeParagraph(editor.doc, 'Lagebild Innenstadt');
    addMeasure(editor.doc, { id: 'm1', title: 'Beleuchtung Parkplatz', status: 'planned' });
    await eventually(async () => {
      const res = await api.member.get(`/api/plans/${plan.id}/measures`).expect(200);
      expect(res.body.items).toHaveLength(1);
    });
    const saved = await api.member.send('post', `/api/plans/${plan.id}/versions`, {
      name: 'Entwurf',
    });
    expect(saved.status).toBe(201);
    typeParagraph(editor.doc, 'Spätere Ergänzung');

    const res = await api.guest.get(`/api/plans/${plan.id}/versions/${saved.body.id}`).expect(200);
    expect(res.body.version).toMatchObject({
      id: saved.body.id,
      planId: plan.id,
      name: 'Entwurf',
      automatic: false,
    });
    const old = docOf(res.body.state as string);
    expect(paragraphs(old)).toEqual(['Lagebild Innenstadt']);
    const measures = old.getArray<Y.Map<unknown>>('measures').toArray();
    expect(measures.map((measure) => measure.get('title'))).toEqual(['Beleuchtung Parkplatz']);
    // The live document went on; the version did not.
    await eventually(() => expect(paragraphs(editor.doc)).toHaveLength(2));
  });

  it('hides versions of plans the caller may not read, and of other plans', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const other = await createPlan(workspaceId, (await createUser()).id);
    const saved = await api.member.send('post', `/api/plans/${plan.id}/versions`, {
      name: 'Beschluss',
    });
    expect(saved.status).toBe(201);

    expect((await api.outsider.get(`/api/plans/${plan.id}/versions/${saved.body.id}`)).status).toBe(
      404,
    );
    const viaOtherPlan = await api.member.get(`/api/plans/${other.id}/versions/${saved.body.id}`);
    expect(viaOtherPlan.status).toBe(404);
    expect(viaOtherPlan.body.error.id).toBe('not_found');

    const bad = await api.member.get(`/api/plans/${plan.id}/versions/kein-id`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'params.versionId',
    ]);
  });
});
