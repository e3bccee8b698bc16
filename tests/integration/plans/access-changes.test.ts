import { ClientEvent, ServerEvent } from '@pnetz/shared';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import {
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
let admin: ApiClient;
const clients: CollabClient[] = [];

async function member(role: 'member' | 'admin' = 'member') {
  const user = await createUser();
  await addMember(workspaceId, user.id, role);
  const api = new ApiClient(app.url);
  await api.login(user.email, user.password);
  return { user, api };
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  workspaceId = (await createWorkspace()).id as string;
  admin = (await member('admin')).api;
});
afterEach(() => {
  while (clients.length > 0) clients.pop()!.close();
});
afterAll(() => app.close());

describe('open documents follow permission changes at once', () => {
  it('closes the document of a member removed from the council', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const { user, api } = await member();
    const removed = openCollabClient(app.url, api.cookieHeader(), plan.id as string);
    const staying = openCollabClient(app.url, admin.cookieHeader(), plan.id as string);
    clients.push(removed, staying);
    await Promise.all([whenSynced(removed.provider), whenSynced(staying.provider)]);

    const closed = new Promise<string>((resolve) =>
      removed.socket.once(ServerEvent.CollabClosed, (info) => resolve(info.reason)),
    );
    const res = await admin.send('delete', `/api/workspaces/${workspaceId}/members/${user.id}`);
    expect(res.status).toBeLessThan(300);
    expect(await closed).toBe('not_found');

    typeParagraph(staying.doc, 'Nur noch für Mitglieder');
    typeParagraph(removed.doc, 'Vom entfernten Mitglied');
    await eventually(() => expect(paragraphs(staying.doc)).toEqual(['Nur noch für Mitglieder']));
    expect(paragraphs(removed.doc)).not.toContain('Nur noch für Mitglieder');
  });

  it('makes everyone read-only when a plan is archived, and drops their edits', async () => {
    const plan = await createPlan(workspaceId, (await createUser()).id);
    const { api } = await member();
    const editor = openCollabClient(app.url, api.cookieHeader(), plan.id as string);
    const watcher = openCollabClient(app.url, admin.cookieHeader(), plan.id as string);
    clients.push(editor, watcher);
    await Promise.all([whenSynced(editor.provider), whenSynced(watcher.provider)]);
    expect(editor.provider.access).toBe('write');

    const notified = Promise.all(
      [editor, watcher].map(
        (client) => new Promise<void>((resolve) => client.provider.once('read-only', resolve)),
      ),
    );
    expect((await admin.send('patch', `/api/plans/${plan.id}`, { archived: true })).status).toBe(
      200,
    );
    await notified;

    typeParagraph(editor.doc, 'Nach dem Archivieren');
    // Socket.IO handles a socket's packets in order: once the ping is answered, the edit was handled.
    await editor.socket.timeout(2000).emitWithAck(ClientEvent.Ping);
    const stored = await app.server.documents.peek(plan.id as string);
    expect(paragraphs(stored!.doc)).toEqual([]);
    expect(paragraphs(watcher.doc)).toEqual([]);
  });
});
