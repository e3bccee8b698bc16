import type { PersonalDataExport, Project, ProjectUpdate } from '@pnetz/shared';
import { TEST_PASSWORD } from '../../support/factories';
import {
  completeProject,
  councilWith,
  createProject,
  pngBytes,
  upload,
  type Person,
} from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

type Council = { workspaceId: string } & Record<'admin' | 'author' | 'reader', Person>;

describe('DSGVO: a person’s projects, updates and comments', () => {
  it('are in their data export, with their notifications and preferences', async () => {
    const c = (await councilWith(app.url, {
      admin: 'admin',
      author: 'member',
      reader: 'member',
    })) as Council;
    const project = await createProject(c.author.client, c.workspaceId);
    const file = await upload(c.author.client, project.id, pngBytes(), { filename: 'foto.png' });
    const update = await c.author.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Mein Update',
      attachmentIds: [file.body.id],
    });
    await c.author.client.send('post', `/api/project-updates/${update.body.id}/comments`, {
      text: 'Mein Kommentar',
    });
    await c.reader.client.send('post', `/api/projects/${project.id}/comments`, {
      text: `@${c.author.name}`,
      mentions: [c.author.id],
    });

    const data = (await c.author.client.get('/api/me/export').expect(200))
      .body as PersonalDataExport;
    expect(data.content.projects).toEqual([
      expect.objectContaining({ id: project.id, title: project.title }),
    ]);
    expect(data.content.projectUpdates).toEqual([
      expect.objectContaining({ id: update.body.id, text: 'Mein Update' }),
    ]);
    expect(data.content.projectComments).toEqual([
      expect.objectContaining({
        text: 'Mein Kommentar',
        on: { type: 'update', id: update.body.id },
      }),
    ]);
    expect(data.content.projectFiles).toEqual([expect.objectContaining({ filename: 'foto.png' })]);
    expect(data.content.notifications).toEqual([expect.objectContaining({ trigger: 'mention' })]);
    expect(data.content.notificationPreferences).toEqual([
      expect.objectContaining({ mention: 'email' }),
    ]);
    // The reader's export holds the reader's comment, not the author's content.
    const theirs = (await c.reader.client.get('/api/me/export').expect(200))
      .body as PersonalDataExport;
    expect(theirs.content.projects).toEqual([]);
    expect(theirs.content.projectComments).toEqual([
      expect.objectContaining({ text: `@${c.author.name}` }),
    ]);
  });

  it('stay when the account is deleted, attributed to "ehemaliges Mitglied"; personal traces go', async () => {
    const c = (await councilWith(app.url, {
      admin: 'admin',
      author: 'member',
      reader: 'member',
    })) as Council;
    const project = await createProject(
      c.author.client,
      c.workspaceId,
      completeProject({
        partners: [
          { organisation: 'Schule', type: 'school', role: 'Partnerin', userIds: [c.author.id] },
        ],
      }),
    );
    const update = await c.author.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Bleibt stehen',
    });
    await c.author.client.send('post', `/api/project-updates/${update.body.id}/comments`, {
      text: 'Auch das',
      mentions: [c.reader.id],
    });
    await c.reader.client.send('post', `/api/projects/${project.id}/comments`, {
      text: 'Hallo',
      mentions: [c.author.id],
    });

    const res = await c.author.client.send('delete', '/api/me', { password: TEST_PASSWORD });
    expect(res.status).toBe(204);

    const read = (await c.reader.client.get(`/api/projects/${project.id}`).expect(200))
      .body as Project;
    expect(read.createdBy).toEqual({ id: null, name: 'ehemaliges Mitglied', former: true });
    expect(read.partners[0]!.users).toEqual([]);
    const updates = (await c.reader.client.get(`/api/projects/${project.id}/updates`).expect(200))
      .body.items as ProjectUpdate[];
    expect(updates[0]).toMatchObject({
      text: 'Bleibt stehen',
      author: { former: true, name: 'ehemaliges Mitglied' },
    });
    expect(updates[0]!.comments[0]).toMatchObject({ text: 'Auch das', author: { former: true } });
    const notifications = (await c.reader.client.get('/api/notifications').expect(200)).body.items;
    expect(notifications[0]).toMatchObject({
      trigger: 'mention',
      actor: { former: true, name: 'ehemaliges Mitglied' },
    });
    const feed = (await c.reader.client.get(`/api/workspaces/${c.workspaceId}/feed`).expect(200))
      .body.items;
    expect(feed.find((i: { kind: string }) => i.kind === 'update.posted').actor).toMatchObject({
      former: true,
    });
  });
});
