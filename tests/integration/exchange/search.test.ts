import type { Report, SearchResult } from '@pnetz/shared';
import { PlanModel } from '../../../server/src/plans/plan.model';
import { SearchEntryModel } from '../../../server/src/search/search-entry.model';
import { collect } from '../../../server/src/feature';
import { FEATURES } from '../../../server/src/features';
import { reindexAll } from '../../../server/src/search/reindex';
import { openCollabClient, typeParagraph, whenSynced } from '../../support/collab';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { signedIn } from './support';

let app: TestServer;
let glauchau: ApiClient;
let koenigswartha: ApiClient;
let glauchauId: string;
let internalPlanId: string;
let internalProjectId: string;
let sharedProjectId: string;

/** A project with what publishing needs (see REQUIRED_FOR_PUBLISHING). */
const PROJECT = {
  summary: 'Illegale Graffiti werden binnen 48 Stunden entfernt.',
  fieldsOfAction: ['graffiti'],
  problem: {
    what: 'Schmierereien an Schulen',
    where: 'Innenstadt',
    since: '2019',
    evidence: 'Anzeigen',
  },
  causes: 'Fehlende Treffpunkte',
  preventionGoal: 'Weniger Sachbeschädigung',
  targetGroups: { primary: 'Jugendliche', secondary: '' },
  settings: ['public_space'],
  approach: 'Schnelle Beseitigung',
  contact: { name: 'Geschäftsstelle', organisation: '', email: '', phone: '' },
};

async function report(
  client: ApiClient,
  workspaceId: string,
  body: Record<string, unknown>,
): Promise<Report> {
  const res = await client.send('post', `/api/workspaces/${workspaceId}/reports`, body);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as Report;
}

async function search(client: ApiClient, query: string): Promise<SearchResult[]> {
  const res = await client.get(`/api/search?${query}`);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.items as SearchResult[];
}
const titles = (results: SearchResult[]) => results.map((r) => r.title.text);

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const gWorkspace = await createWorkspace({
    municipality: 'Glauchau',
    district: 'Landkreis Zwickau',
    population: 22000,
  });
  const kWorkspace = await createWorkspace({
    municipality: 'Königswartha',
    district: 'Landkreis Bautzen',
    population: 3300,
  });
  glauchauId = gWorkspace.id as string;
  const g = await createUser({ name: 'Thomas Wagner' });
  const k = await createUser({ name: 'Stefan Krüger' });
  await addMember(gWorkspace._id, g.id, 'admin');
  await addMember(kWorkspace._id, k.id, 'member');
  glauchau = await signedIn(app.url, g);
  koenigswartha = await signedIn(app.url, k);

  await report(glauchau, glauchauId, {
    title: 'Wandbilder statt illegaler Graffiti',
    summary: 'Ein Graffitiprojekt mit Jugendlichen und professionellen Künstlern am Bahnhof.',
    fieldsOfAction: ['graffiti'],
    whatWorked: 'Die Sachbeschädigung an der Straße zum Bahnhof ging deutlich zurück.',
    visibility: 'network',
  });
  await report(glauchau, glauchauId, {
    title: 'Entwurf: Graffiti-Reinigung',
    summary: 'Interne Notizen zur Reinigung.',
    fieldsOfAction: ['graffiti'],
    visibility: 'draft',
  });
  await report(glauchau, glauchauId, {
    title: 'Sauberer Marktplatz',
    summary:
      'Vermüllung öffentlicher Plätze: Patenschaften für Papierkörbe; auch Graffiti wurde seltener.',
    fieldsOfAction: ['littering'],
    visibility: 'public',
  });
  const internal = await glauchau.send('post', `/api/workspaces/${glauchauId}/projects`, {
    ...PROJECT,
    title: 'Graffiti-Schnellreinigung im Stadtgebiet',
    visibility: 'workspace',
    draft: false,
  });
  expect(internal.status).toBe(201);
  internalProjectId = internal.body.id;
  const shared = await glauchau.send('post', `/api/workspaces/${glauchauId}/projects`, {
    ...PROJECT,
    title: 'Jugendbeteiligung am Bahnhof',
    visibility: 'network',
    draft: false,
  });
  expect(shared.status).toBe(201);
  sharedProjectId = shared.body.id;
  const update = await glauchau.send('post', `/api/projects/${sharedProjectId}/updates`, {
    text: 'Neue Sprayer-Workshops mit dem Streetwork-Verein.',
  });
  expect(update.status).toBe(201);
  const plan = await createPlan(gWorkspace._id, g.id, { title: 'Internes Handlungskonzept' });
  internalPlanId = plan._id.toHexString();
  const editor = openCollabClient(app.url, glauchau.cookieHeader(), internalPlanId);
  await whenSynced(editor.provider);
  typeParagraph(editor.doc, 'Graffiti-Projekte der Stadt werden intern abgestimmt.');
  await eventually(
    async () =>
      expect(
        await SearchEntryModel.countDocuments({
          type: 'plan',
          itemId: internalPlanId,
          tokens: 'graffiti',
        }),
      ).toBe(1),
    10_000,
  );
  editor.close();
});
afterAll(() => app.close());

describe('search access', () => {
  it("finds Glauchau's network report for a Königswartha member, not Glauchau's internal content", async () => {
    const results = await search(koenigswartha, 'q=graffiti&types=report,project,plan,measure');
    expect(titles(results)).toEqual([
      'Wandbilder statt illegaler Graffiti',
      'Jugendbeteiligung am Bahnhof',
      'Sauberer Marktplatz',
    ]);
    expect(results[0]!).toMatchObject({ type: 'report', council: { municipality: 'Glauchau' } });
    expect(results.map((r) => r.id)).not.toContain(internalProjectId);
    expect(results.map((r) => r.id)).not.toContain(internalPlanId);
  });

  it("finds the internal plan and the draft for Glauchau's own members", async () => {
    expect(titles(await search(glauchau, 'q=graffiti'))).toEqual(
      expect.arrayContaining([
        'Wandbilder statt illegaler Graffiti',
        'Entwurf: Graffiti-Reinigung',
        'Internes Handlungskonzept',
        'Sauberer Marktplatz',
        'Graffiti-Schnellreinigung im Stadtgebiet',
      ]),
    );
  });

  it('covers project updates, and follows a project when it becomes internal', async () => {
    const [update] = await search(koenigswartha, 'q=Sprayer-Workshops');
    expect(update).toMatchObject({
      type: 'project_update',
      parentId: sharedProjectId,
      title: { text: 'Jugendbeteiligung am Bahnhof' },
    });
    const edited = await glauchau.send('patch', `/api/project-updates/${update!.id}`, {
      text: 'Neue Sprayer-Workshops, jetzt auch mit Legalflächen.',
    });
    expect(edited.status).toBe(200);
    expect(await search(koenigswartha, 'q=Legalflaechen')).toHaveLength(1);
    expect(
      (
        await glauchau.send('patch', `/api/projects/${sharedProjectId}`, {
          visibility: 'workspace',
        })
      ).status,
    ).toBe(200);
    expect(await search(koenigswartha, 'q=Sprayer')).toEqual([]);
    expect(await search(glauchau, 'q=Sprayer')).toHaveLength(1);
    await glauchau.send('patch', `/api/projects/${sharedProjectId}`, { visibility: 'network' });
  });

  it('follows a change of visibility at once, before the text changes again', async () => {
    await PlanModel.updateOne({ _id: internalPlanId }, { $set: { visibility: 'network' } });
    // The entry still says "workspace"; search would not find it for Königswartha either way…
    expect(titles(await search(koenigswartha, 'q=intern'))).toEqual([]);
    await SearchEntryModel.updateOne(
      { type: 'plan', itemId: internalPlanId },
      { $set: { audience: ['network'] } },
    );
    expect(titles(await search(koenigswartha, 'q=intern'))).toEqual(['Internes Handlungskonzept']);
    // …and when the plan turns internal again, the stale entry is not shown.
    await PlanModel.updateOne({ _id: internalPlanId }, { $set: { visibility: 'workspace' } });
    expect(titles(await search(koenigswartha, 'q=intern'))).toEqual([]);
    await SearchEntryModel.updateOne(
      { type: 'plan', itemId: internalPlanId },
      { $set: { audience: [`workspace:${glauchauId}`] } },
    );
  });
});

describe('German-aware matching', () => {
  it.each([
    ['umlauts written out', 'q=vermuellung&types=report', 'Sauberer Marktplatz'],
    ['umlauts in capitals', 'q=VERMÜLLUNG&types=report', 'Sauberer Marktplatz'],
    ['ß as ss', 'q=strasse&types=report', 'Wandbilder statt illegaler Graffiti'],
    ['word stems', 'q=Künstler Jugendliche&types=report', 'Wandbilder statt illegaler Graffiti'],
    [
      'a hyphenated compound against a closed one',
      'q=Graffiti-Projekte&types=report',
      'Wandbilder statt illegaler Graffiti',
    ],
    [
      'a closed compound against its parts',
      'q=Graffitiprojekte&types=report',
      'Wandbilder statt illegaler Graffiti',
    ],
    ['a prefix while typing', 'q=Sachbesch&types=report', 'Wandbilder statt illegaler Graffiti'],
  ])('%s (%s)', async (_name, query, expected) => {
    expect(titles(await search(koenigswartha, query))).toEqual([expected]);
  });

  it('ranks title matches first and marks what matched', async () => {
    const [first, second] = await search(koenigswartha, 'q=graffiti');
    expect(first!.score).toBeGreaterThan(second!.score);
    const { text, highlights } = second!.snippet;
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual(['Graffiti']);
    const title = first!.title;
    expect(title.highlights.map(({ start, end }) => title.text.slice(start, end))).toEqual([
      'Graffiti',
    ]);
  });

  it('filters by type, Handlungsfeld and municipality', async () => {
    expect(titles(await search(koenigswartha, 'q=graffiti&field=littering'))).toEqual([
      'Sauberer Marktplatz',
    ]);
    expect(titles(await search(koenigswartha, 'q=graffiti&types=plan,measure'))).toEqual([]);
    expect(titles(await search(koenigswartha, 'q=graffiti&municipality=Koenigswartha'))).toEqual(
      [],
    );
    expect(
      await search(koenigswartha, 'q=graffiti&municipality=glauchau&types=report'),
    ).toHaveLength(2);
  });

  it('refuses empty queries and unknown filters naming the field', async () => {
    expect((await koenigswartha.get('/api/search?q=')).body.error.fields[0].path).toBe('query.q');
    expect(
      (await koenigswartha.get('/api/search?q=x&types=nonsense')).body.error.fields[0].path,
    ).toMatch(/^query\.types/);
  });
});

describe('reindexing', () => {
  it('rebuilds the same results from the records and stored documents', async () => {
    const before = await search(glauchau, 'q=graffiti');
    await SearchEntryModel.deleteMany({});
    expect(await search(glauchau, 'q=graffiti')).toEqual([]);
    expect(await reindexAll(collect.search(FEATURES))).toBeGreaterThanOrEqual(4);
    const after = await search(glauchau, 'q=graffiti');
    const ids = (results: SearchResult[]) => results.map((r) => `${r.type}:${r.id}`).sort();
    expect(ids(after)).toEqual(ids(before));
  });
});
