import type { FieldOfAction, FieldOverview, Suggestions } from '@pnetz/shared';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { SearchEntryModel } from '../../../server/src/search/search-entry.model';
import { addMeasure, openCollabClient, whenSynced } from '../../support/collab';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { signedIn } from './support';

let app: TestServer;
const councils: Record<string, { id: string; admin: ApiClient }> = {};
let coordinator: ApiClient;
let planMeasure: { planId: string; measureId: string };

/** A council with an admin who is signed in, and its place in the programme registry. */
async function council(
  municipality: string,
  district: string,
  population: number,
  coords: [number, number],
) {
  const workspace = await createWorkspace({ municipality, district, population });
  const user = await createUser({ name: `Geschäftsstelle ${municipality}` });
  await addMember(workspace._id, user.id, 'admin');
  await MunicipalityModel.create({
    name: municipality,
    kind: 'municipality',
    district,
    population,
    lat: coords[0],
    lon: coords[1],
    workspaceId: workspace._id,
  });
  councils[municipality] = { id: workspace.id as string, admin: await signedIn(app.url, user) };
}

async function publishReport(municipality: string, title: string, fields: FieldOfAction[]) {
  const { id, admin } = councils[municipality]!;
  const res = await admin.send('post', `/api/workspaces/${id}/reports`, {
    title,
    fieldsOfAction: fields,
    visibility: 'network',
  });
  expect(res.status).toBe(201);
}

/** A plan whose measure is edited live, the way the plan editor does it. */
async function planWithMeasure(
  municipality: string,
  visibility: 'workspace' | 'network',
  field: FieldOfAction,
  title: string,
) {
  const { id, admin } = councils[municipality]!;
  const creator = await createUser();
  const plan = await createPlan(id, creator.id, {
    visibility,
    title: `Handlungskonzept ${municipality}`,
  });
  const client = openCollabClient(app.url, admin.cookieHeader(), plan.id as string);
  await whenSynced(client.provider);
  const measureId = `m-${municipality}`;
  addMeasure(client.doc, { id: measureId, title, fieldOfAction: field, status: 'in_progress' });
  await eventually(
    async () =>
      expect(
        await SearchEntryModel.exists({
          type: 'measure',
          itemId: `${plan.id as string}:${measureId}`,
        }),
      ).toBeTruthy(),
    10_000,
  );
  client.close();
  return { planId: plan.id as string, measureId };
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  await council('Königswartha', 'Landkreis Bautzen', 3300, [51.3216, 14.3271]);
  await council('Elstra', 'Landkreis Bautzen', 2800, [51.2142, 14.1295]);
  await council('Boxberg', 'Landkreis Görlitz', 3500, [51.4, 14.57]);
  await council('Belgershain', 'Landkreis Leipzig', 3200, [51.2, 12.55]);
  await council('Leipzig', 'Stadt Leipzig', 600000, [51.34, 12.37]);
  await council('Bautzen', 'Landkreis Bautzen', 38000, [51.191, 14.415]);
  await council('Flöha', 'Landkreis Mittelsachsen', 11000, [50.8556, 13.0866]);
  coordinator = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));

  planMeasure = await planWithMeasure(
    'Königswartha',
    'workspace',
    'littering',
    'Müllsammelaktion am Schlossteich',
  );
  await planWithMeasure('Elstra', 'network', 'littering', 'Patenschaften für Papierkörbe');
  await publishReport('Belgershain', 'Dorfputz mit der Grundschule', ['littering']);
  await publishReport('Leipzig', 'Saubere Parks in der Großstadt', ['littering']);
  await publishReport('Boxberg', 'Gewaltprävention im Jugendclub', ['violence']);
  // Bautzen works on littering only internally: nobody outside may learn that from matching.
  await planWithMeasure('Bautzen', 'workspace', 'littering', 'Interne Müllstrategie');
  await publishReport('Flöha', 'Müll und Graffiti am Bahnhof', ['littering', 'graffiti']);
});
afterAll(() => app.close());

describe('matching', () => {
  it('suggests small councils working on littering first, saying why', async () => {
    const { id, admin } = councils['Königswartha']!;
    const res = await admin.get(`/api/matching/workspaces/${id}`).expect(200);
    const suggestions = res.body as Suggestions;
    expect(suggestions.subject).toMatchObject({
      council: { sizeClass: 'under_5000' },
      fieldsOfAction: ['littering'],
    });
    const names = suggestions.councils.map((s) => s.council.municipality);
    expect(names.slice(0, 2)).toEqual(['Elstra', 'Belgershain']);
    expect(names).toEqual(expect.arrayContaining(['Leipzig', 'Flöha']));
    expect(names).not.toContain('Bautzen');
    expect(names).not.toContain('Boxberg');

    const elstra = suggestions.councils[0]!;
    expect(elstra.reasons).toEqual([
      { reason: 'same_field', fields: ['littering'] },
      { reason: 'size_class', class: 'under_5000' },
      { reason: 'same_district', district: 'Landkreis Bautzen' },
      { reason: 'recent_activity' },
    ]);
    const belgershain = suggestions.councils[1]!;
    expect(belgershain.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'size_class', class: 'under_5000' },
        { reason: 'experience_report', count: 1 },
      ]),
    );
    const leipzig = suggestions.councils.find((s) => s.council.municipality === 'Leipzig')!;
    expect(leipzig.reasons.map((r) => r.reason)).not.toContain('size_class');

    expect(suggestions.reports.map((r) => r.report.title)[0]).toBe('Dorfputz mit der Grundschule');
    expect(suggestions.reports.map((r) => r.report.title)).not.toContain(
      'Gewaltprävention im Jugendclub',
    );
  });

  it('names the distance of nearby councils outside the district', async () => {
    const { id, admin } = councils['Boxberg']!;
    await publishReport('Boxberg', 'Müllvermeidung am Dorfplatz', ['littering']);
    const suggestions = (
      await admin.get(`/api/matching/workspaces/${id}?field=littering`).expect(200)
    ).body as Suggestions;
    const elstra = suggestions.councils.find((s) => s.council.municipality === 'Elstra')!;
    expect(elstra.reasons).toContainEqual({ reason: 'nearby', km: expect.any(Number) });
  });

  it('works for a measure of a plan', async () => {
    const { admin } = councils['Königswartha']!;
    const res = await admin
      .get(`/api/matching/plans/${planMeasure.planId}/measures/${planMeasure.measureId}`)
      .expect(200);
    const suggested = (res.body as Suggestions).councils;
    expect(suggested[0]!.council.sizeClass).toBe('under_5000');
    expect(suggested.map((s) => s.council.municipality)).toContain('Elstra');
    const outsider = councils['Leipzig']!.admin;
    expect(
      (
        await outsider.get(
          `/api/matching/plans/${planMeasure.planId}/measures/${planMeasure.measureId}`,
        )
      ).status,
    ).toBe(404);
  });

  it("works for a project, with the project's Handlungsfelder and visibility", async () => {
    const { id, admin } = councils['Königswartha']!;
    const created = await admin.send('post', `/api/workspaces/${id}/projects`, {
      title: 'Saubere Bushaltestelle',
      fieldsOfAction: ['littering'],
      visibility: 'workspace',
    });
    expect(created.status).toBe(201);
    const res = await admin.get(`/api/matching/projects/${created.body.id}`).expect(200);
    expect((res.body as Suggestions).subject.fieldsOfAction).toEqual(['littering']);
    expect((res.body as Suggestions).councils[0]!.council.sizeClass).toBe('under_5000');
    // A draft of another council does not exist for outsiders.
    expect(
      (await councils['Leipzig']!.admin.get(`/api/matching/projects/${created.body.id}`)).status,
    ).toBe(404);
  });

  it('shows coordinators who works on a Handlungsfeld and who could learn from whom', async () => {
    expect((await councils['Leipzig']!.admin.get('/api/matching/fields')).status).toBe(403);
    const overview = (await coordinator.get('/api/matching/fields').expect(200)).body
      .items as FieldOverview[];
    const littering = overview.find((o) => o.field === 'littering')!;
    expect(littering.councils.map((c) => c.municipality).sort()).toEqual([
      'Belgershain',
      'Boxberg',
      'Elstra',
      'Flöha',
      'Leipzig',
    ]);
    const elstra = littering.pairs.find((p) => p.learner.municipality === 'Elstra')!;
    expect(['Boxberg', 'Belgershain']).toContain(elstra.mentor.municipality);
    expect(elstra.reasons[0]).toEqual({ reason: 'same_field', fields: ['littering'] });
  });
});
