import type { Report, ReportQuestion, ReportSummary } from '@pnetz/shared';
import request from 'supertest';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { UserModel } from '../../../server/src/auth/user.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { signedIn } from './support';

let app: TestServer;
let author: ApiClient;
let guest: ApiClient;
let reader: ApiClient;
let readerId: string;
let workspaceId: string;

const draftBody = {
  title: 'Wandbilder statt illegaler Graffiti',
  summary: 'Legale Flächen und professionelle Wandbilder am Bahnhof.',
  fieldsOfAction: ['graffiti'],
  whatWasDone: 'Künstler gestalteten mit Jugendlichen vier Wände.',
  whatWorked: 'Die Schäden gingen um die Hälfte zurück.',
  whatDidNotWork: 'Eine Fläche wurde wiederholt übermalt.',
  costAndEffort: '29.250 € Fördermittel, 10 % Eigenanteil, etwa 200 Stunden Koordination.',
  partners: 'Streetwork Glauchau e. V., Polizeirevier Glauchau',
  replicationNotes: 'Früh mit Eigentümern sprechen.',
  contact: {
    name: 'Geschäftsstelle',
    organisation: 'Stadtverwaltung Glauchau',
    email: 'kpr@glauchau.example',
    phone: '',
  },
  quality: { clearProblem: true, interventionLogic: true, evaluated: false, replicable: true },
  evidenceLevel: 'theoretical',
};

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ municipality: 'Glauchau' });
  workspaceId = workspace.id as string;
  const other = await createWorkspace({ municipality: 'Königswartha' });
  const a = await createUser({ name: 'Autorin' });
  const g = await createUser({ name: 'Gast' });
  const r = await createUser({ name: 'Leserin' });
  readerId = r.id;
  await addMember(workspace._id, a.id, 'admin');
  await addMember(workspace._id, g.id, 'guest');
  await addMember(other._id, r.id, 'member');
  author = await signedIn(app.url, a);
  guest = await signedIn(app.url, g);
  reader = await signedIn(app.url, r);
});
afterAll(() => app.close());

describe('experience reports', () => {
  let report: Report;

  it('start as drafts the council alone sees', async () => {
    const res = await author.send('post', `/api/workspaces/${workspaceId}/reports`, draftBody);
    expect(res.status).toBe(201);
    report = res.body as Report;
    expect(report).toMatchObject({
      visibility: 'draft',
      publishedAt: null,
      evidenceLevel: 'theoretical',
      permissions: { edit: true, answer: true },
    });
    expect((await reader.get(`/api/reports/${report.id}`)).status).toBe(404);
    expect((await guest.get(`/api/reports/${report.id}`).expect(200)).body.permissions.edit).toBe(
      false,
    );
    expect(
      (await guest.send('post', `/api/workspaces/${workspaceId}/reports`, draftBody)).status,
    ).toBe(403);
  });

  it('are published to the network, recorded in the council log', async () => {
    const res = await author.send('patch', `/api/reports/${report.id}`, { visibility: 'network' });
    expect(res.body.publishedAt).not.toBeNull();
    const seen = (await reader.get(`/api/reports/${report.id}`).expect(200)).body as Report;
    expect(seen).toMatchObject({
      permissions: { edit: false, ask: true, react: true, answer: false },
      helpfulCount: 0,
    });
    expect((await reader.send('patch', `/api/reports/${report.id}`, { title: 'x' })).status).toBe(
      403,
    );
    const logged = await AuditEventModel.findOne({
      action: 'visibility.changed',
      'target.id': report.id,
    }).lean();
    expect(logged?.details).toEqual({ from: 'draft', to: 'network' });
    const list = (await reader.get('/api/reports?field=graffiti').expect(200)).body
      .items as ReportSummary[];
    expect(list.map((r) => r.id)).toEqual([report.id]);
  });

  it('are marked helpful and bookmarked once per person', async () => {
    await reader.send('put', `/api/reports/${report.id}/helpful`, { helpful: true });
    const twice = (await reader.send('put', `/api/reports/${report.id}/helpful`, { helpful: true }))
      .body as Report;
    expect(twice).toMatchObject({ helpfulCount: 1, helpfulByMe: true });
    expect((await author.get(`/api/reports/${report.id}`).expect(200)).body).toMatchObject({
      helpfulCount: 1,
      helpfulByMe: false,
      bookmarkedByMe: false,
    });
    await reader.send('put', `/api/reports/${report.id}/bookmark`, { bookmarked: true });
    expect(
      ((await reader.get('/api/reports/bookmarks').expect(200)).body.items as ReportSummary[]).map(
        (r) => r.id,
      ),
    ).toEqual([report.id]);
    expect((await author.get('/api/reports/bookmarks').expect(200)).body.items).toEqual([]);
  });

  it('take questions that the authors answer', async () => {
    const asked = await reader.send('post', `/api/reports/${report.id}/questions`, {
      body: 'Wie haben Sie die Eigentümer gewonnen?',
    });
    expect(asked.status).toBe(201);
    const question = asked.body as ReportQuestion;
    expect(
      (
        await reader.send('put', `/api/reports/${report.id}/questions/${question.id}/answer`, {
          body: 'x',
        })
      ).status,
    ).toBe(403);
    const answered = await author.send(
      'put',
      `/api/reports/${report.id}/questions/${question.id}/answer`,
      { body: 'Über die Wohnungsbaugesellschaft.' },
    );
    expect(answered.body.answer).toMatchObject({
      body: 'Über die Wohnungsbaugesellschaft.',
      author: { name: 'Autorin' },
    });
    const listed = (await guest.get(`/api/reports/${report.id}/questions`).expect(200)).body
      .items as ReportQuestion[];
    expect(listed).toHaveLength(1);
    expect((await reader.get(`/api/reports/${report.id}`).expect(200)).body.questionCount).toBe(1);
  });

  it('show "ehemaliges Mitglied" for askers whose account is gone', async () => {
    await UserModel.deleteOne({ _id: readerId });
    const [question] = (await author.get(`/api/reports/${report.id}/questions`).expect(200)).body
      .items as ReportQuestion[];
    expect(question!.author).toEqual({ id: null, name: 'ehemaliges Mitglied', former: true });
  });

  it('appear on the good-practice page without login once public, and only then', async () => {
    const anonymous = request(app.url);
    expect((await anonymous.get(`/api/public/reports/${report.id}`)).status).toBe(404);
    expect((await anonymous.get('/api/public/reports').expect(200)).body.items).toEqual([]);
    await author.send('patch', `/api/reports/${report.id}`, { visibility: 'public' });
    const page = (await anonymous.get('/api/public/reports').expect(200)).body
      .items as ReportSummary[];
    expect(page.map((r) => r.title)).toEqual(['Wandbilder statt illegaler Graffiti']);
    const shown = (await anonymous.get(`/api/public/reports/${report.id}`).expect(200)).body;
    expect(shown).toMatchObject({
      whatWorked: 'Die Schäden gingen um die Hälfte zurück.',
      council: { municipality: 'Glauchau' },
    });
    expect(shown).not.toHaveProperty('author');
    expect(shown).not.toHaveProperty('helpfulByMe');
    expect((await anonymous.get('/api/reports')).status).toBe(401);
  });

  it('refuse bad input naming the field', async () => {
    const res = await author.send('post', `/api/workspaces/${workspaceId}/reports`, {
      ...draftBody,
      evidenceLevel: 'sicher',
      contact: { ...draftBody.contact, email: 'keine' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.contact.email',
      'body.evidenceLevel',
    ]);
    const project = await author.send('post', `/api/workspaces/${workspaceId}/reports`, {
      ...draftBody,
      projectId: '0123456789abcdef01234567',
    });
    expect(project.body.error.fields).toEqual([
      { path: 'body.projectId', message: 'no project of this council' },
    ]);
  });

  it('are deleted by the council admins only, with an entry in the log', async () => {
    expect((await guest.send('delete', `/api/reports/${report.id}`)).status).toBe(403);
    expect((await author.send('delete', `/api/reports/${report.id}`)).status).toBe(204);
    expect((await author.get(`/api/reports/${report.id}`)).status).toBe(404);
    expect(
      await AuditEventModel.exists({ action: 'content.deleted', 'target.id': report.id }),
    ).toBeTruthy();
  });
});
