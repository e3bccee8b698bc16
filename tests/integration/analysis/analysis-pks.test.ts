import { haeufigkeitszahl, type AnalysisPks, type SecurityAnalysis } from '@pnetz/shared';
import { PksYearModel } from '../../../server/src/analysis/pks/pks.model';
import {
  parseGermanDecimal,
  parseGermanInteger,
} from '../../../server/src/analysis/pks/pks-import';
import { addMember, createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { PKS_HEADER, pksCsv, pksLines, saxonyLines } from '../../support/pks';
import { startTestServer, type TestServer } from '../../support/server';
import { analysisActors, startAnalysis, upload, type AnalysisActors } from './analysis-support';

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;
let guest: ApiClient;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  // The analysis team: the council's admin and a member named as owner.
  await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
    ownerIds: [actors.users.namedOwner.id],
  });
  const user = await createUser({ name: 'Gerd Guest' });
  await addMember(actors.workspace._id, user.id, 'guest');
  guest = new ApiClient(app.url);
  await guest.login(user.email, user.password);
});
afterAll(() => app.close());

const importUrl = (query = '') => `/api/analyses/${analysis.id}/pks?filename=pks.csv${query}`;
const storedYears = () => PksYearModel.countDocuments({ analysisId: analysis.id });
const problemsOf = (body: { error: { fields: Array<{ path: string; message: string }> } }) =>
  body.error.fields;

describe('German numbers', () => {
  it('reads thousands separators and decimal commas, and nothing ambiguous', () => {
    expect(parseGermanInteger('1.234')).toBe(1234);
    expect(parseGermanInteger('287.512')).toBe(287512);
    expect(parseGermanInteger('1.234.567')).toBe(1234567);
    expect(parseGermanInteger('56')).toBe(56);
    expect(parseGermanInteger('-', true)).toBe(0);
    expect(parseGermanInteger('1,234')).toBeNull();
    expect(parseGermanInteger('12.34')).toBeNull();
    expect(parseGermanInteger('1 234')).toBeNull();
    expect(parseGermanInteger('-')).toBeNull();
    expect(parseGermanDecimal('58,4')).toBe(58.4);
    expect(parseGermanDecimal('1.234,5')).toBe(1234.5);
    expect(parseGermanDecimal('58.4')).toBeNull();
  });

  it('computes the Häufigkeitszahl as cases per 100,000 inhabitants', () => {
    // 1,234 cases in 22,000 inhabitants: 1,234 × 100,000 / 22,000 = 5,609.09…
    expect(haeufigkeitszahl(1234, 22000)).toBe(5609.1);
    // 287,512 in 4,055,274 (Saxony-sized): 7,089.77… → 7,089.8
    expect(haeufigkeitszahl(287512, 4055274)).toBe(7089.8);
    expect(haeufigkeitszahl(0, 3300)).toBe(0);
  });
});

describe('the PKS import', () => {
  it('refuses unknown offence keys, bad numbers and duplicate rows, each by line, storing nothing', async () => {
    const lines = pksLines();
    const file = pksCsv([
      ...lines.slice(0, 2),
      ['2024', '123456', 'Erfundene Gruppe', '10', ''], // line 4
      ['2024', '674000', 'Sachbeschädigung', '1,5', ''], // line 5: decimal where cases are whole
      ['2024', '892000', 'Gewaltkriminalität', '12', ''], // line 6: same as line 3
      ['2024', '000000', 'Straftaten insgesamt', '1.200', ''], // line 7: 000000 = ------ (line 2)
      ['2024', '730000', 'Rauschgiftdelikte', '12.34', ''], // line 8: misplaced separator
      ['2024', '220000', 'Körperverletzung', '80', '120,0'], // line 9: no percentage
    ]);
    const res = await upload(actors.clients.admin, importUrl(), file);
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    const problems = problemsOf(res.body);
    expect(problems.map((p) => p.path)).toEqual([
      'line.4',
      'line.5',
      'line.6',
      'line.7',
      'line.8',
      'line.9',
    ]);
    expect(problems[0]!.message).toBe(
      'line 4: offence key "123456" is not one of the known offence groups',
    );
    expect(problems[1]!.message).toContain('erfasste Fälle "1,5" is not a whole number');
    expect(problems[2]!.message).toBe('line 6: year 2024 and offence key 892000 already in line 3');
    expect(problems[3]!.message).toBe('line 7: year 2024 and offence key ------ already in line 2');
    expect(problems[4]!.message).toContain('"12.34" is not a whole number');
    expect(problems[5]!.message).toContain('Aufklärungsquote "120,0" is not a percentage');
    expect(await storedYears()).toBe(0);
  });

  it('names a missing column and a missing year', async () => {
    const header = PKS_HEADER.filter((c) => c !== 'erfasste Fälle' && c !== 'Jahr');
    const res = await upload(
      actors.clients.admin,
      importUrl(),
      pksCsv([['892000', 'Gewaltkriminalität', '58,0']], { header }),
    );
    expect(res.status).toBe(400);
    expect(problemsOf(res.body)).toEqual([
      { path: 'file.cases', message: 'required column "erfasste Fälle" is missing' },
      { path: 'year', message: 'the file has no "Jahr" column; give the year' },
    ]);
    expect(await storedYears()).toBe(0);
  });

  it('imports a good UTF-8 file with thousands separators against the registry population', async () => {
    const res = await upload(actors.clients.admin, importUrl(), pksCsv(pksLines('2024')));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ years: [2024], rows: 7 });
    const read = await actors.clients.member.get(`/api/analyses/${analysis.id}/pks`);
    expect(read.status).toBe(200);
    const pks = read.body as AnalysisPks;
    expect(pks.municipality.population).toBe(22000);
    const total = pks.rows.find((r) => r.key === '------')!;
    expect(total).toMatchObject({
      year: 2024,
      label: 'Straftaten insgesamt',
      municipality: { cases: 1234, population: 22000, hz: 5609.1, clearanceRate: 58.4 },
      saxony: null,
    });
    expect(pks.rows.find((r) => r.key === '899000')!.municipality.clearanceRate).toBeNull();
    expect(pks.canImport).toBe(false);
  });

  it('imports a Windows-1252 file with its own population column and replaces that year', async () => {
    const header = [...PKS_HEADER, 'Einwohner'];
    const lines = pksLines('2024').map((l) => [...l, '22.518']);
    lines[5]![2] = 'Rauschgiftdelikte – BtMG'; // the dash is a Windows-1252 byte (0x96)
    lines[0]![3] = '1.300';
    const file = pksCsv(lines, { encoding: 'windows-1252', header });
    expect(file.includes(0x96)).toBe(true);
    const res = await upload(actors.clients.namedOwner, importUrl(), file);
    expect(res.status).toBe(201);
    const pks = (await actors.clients.admin.get(`/api/analyses/${analysis.id}/pks`))
      .body as AnalysisPks;
    expect(pks.sources).toEqual([expect.objectContaining({ year: 2024, population: 22518 })]);
    const total = pks.rows.find((r) => r.key === '------')!;
    expect(total.municipality).toMatchObject({ cases: 1300, population: 22518, hz: 5773.2 });
    expect(pks.canImport).toBe(true);
  });

  it("shows Saxony's figure for the same year and group once the coordinator imports it", async () => {
    const refused = await upload(
      actors.clients.admin,
      '/api/pks/saxony?filename=sachsen.csv&population=4055274',
      pksCsv(saxonyLines('2024')),
    );
    expect(refused.status).toBe(403);
    const res = await upload(
      actors.clients.coordinator,
      '/api/pks/saxony?filename=sachsen.csv&population=4055274',
      pksCsv(saxonyLines('2024')),
    );
    expect(res.status).toBe(201);
    const pks = (await actors.clients.member.get(`/api/analyses/${analysis.id}/pks`))
      .body as AnalysisPks;
    expect(pks.rows.find((r) => r.key === '------')!.saxony).toEqual({
      cases: 287512,
      population: 4055274,
      hz: 7089.8,
      clearanceRate: 59.1,
    });
    // No Saxony figure for burglary in the reference: none is invented.
    expect(pks.rows.find((r) => r.key === '435*00')!.saxony).toBeNull();
  });

  it('lets the team import, the council and programme read, and nobody else', async () => {
    const file = pksCsv(pksLines('2023'));
    const anonymous = new ApiClient(app.url);
    await anonymous.refreshSession();
    const importAs = (client: ApiClient) => upload(client, importUrl(), file);
    const readAs = (client: ApiClient) => client.get(`/api/analyses/${analysis.id}/pks`);

    expect((await importAs(actors.clients.member)).status).toBe(403);
    expect((await importAs(guest)).status).toBe(403);
    expect((await importAs(actors.clients.coordinator)).status).toBe(403);
    expect((await importAs(actors.clients.otherCouncil)).status).toBe(403);
    expect((await importAs(anonymous)).status).toBe(401);
    expect(await PksYearModel.countDocuments({ analysisId: analysis.id, year: 2023 })).toBe(0);

    expect((await readAs(actors.clients.member)).status).toBe(200);
    expect((await readAs(guest)).status).toBe(200);
    expect((await readAs(actors.clients.coordinator)).status).toBe(200);
    expect((await readAs(actors.clients.otherCouncil)).status).toBe(403);
    expect((await readAs(anonymous)).status).toBe(401);
    expect((await anonymous.get('/api/pks/saxony')).status).toBe(401);

    expect((await importAs(actors.clients.admin)).status).toBe(201);
  });
});
