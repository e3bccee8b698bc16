import type { Results, ResultCell, SecurityAnalysis, WeightingRun } from '@pnetz/shared';
import { parse } from 'csv-parse/sync';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { WeightingRunModel } from '../../../server/src/analysis/results/weighting.model';
import { weightsFor } from '../../../server/src/analysis/results/weighting.service';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { seedSurvey, syntheticSurvey, type SyntheticSurvey } from '../../support/analysis-results';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { getBinary } from './analysis-support';

let app: TestServer;
let survey: SyntheticSurvey;
let analysisId: string;
const clients = {} as Record<
  'owner' | 'member' | 'guest' | 'coordinator' | 'otherCouncil' | 'anonymous',
  ApiClient
>;

async function signedIn(user: { email: string; password: string }) {
  const client = new ApiClient(app.url);
  await client.login(user.email, user.password);
  return client;
}

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ municipality: 'Flöha' });
  const other = await createWorkspace();
  await MunicipalityModel.create({
    name: `Flöha ${workspace._id.toHexString().slice(-6)}`,
    kind: 'municipality',
    district: 'Landkreis Mittelsachsen',
    population: 11000,
    lat: 50.86,
    lon: 13.07,
    workspaceId: workspace._id,
  });
  const [admin, member, guest, coordinator, otherAdmin] = await Promise.all([
    createUser({ name: 'Ada Analysis' }),
    createUser({ name: 'Mats Member' }),
    createUser({ name: 'Gina Guest' }),
    createUser({ name: 'Cem Coordinator', platformRoles: ['coordinator'] }),
    createUser({ name: 'Olli Other' }),
  ]);
  await addMember(workspace._id, admin.id, 'admin');
  await addMember(workspace._id, member.id, 'member');
  await addMember(workspace._id, guest.id, 'guest');
  await addMember(other._id, otherAdmin.id, 'admin');
  clients.owner = await signedIn(admin);
  clients.member = await signedIn(member);
  clients.guest = await signedIn(guest);
  clients.coordinator = await signedIn(coordinator);
  clients.otherCouncil = await signedIn(otherAdmin);
  clients.anonymous = new ApiClient(app.url);
  await clients.anonymous.refreshSession();
  const created = await clients.owner.send(
    'post',
    `/api/workspaces/${workspace._id.toHexString()}/analyses`,
    { title: 'Sicherheitsanalyse Flöha 2026' },
  );
  expect(created.status).toBe(201);
  analysisId = (created.body as SecurityAnalysis).id;
  survey = syntheticSurvey();
  await seedSurvey(analysisId, survey);
});
afterAll(() => app.close());

const base = () => `/api/analyses/${analysisId}`;
const results = async (client = clients.owner) => {
  const res = await client.get(`${base()}/results`);
  expect(res.status).toBe(200);
  return res.body as Results;
};
const weigh = (cap: number | null, client = clients.owner) =>
  client.send('post', `${base()}/weighting`, { cap });

const shown = (cell: ResultCell) => {
  if (cell.suppressed) throw new Error('cell is suppressed');
  return cell;
};

describe('before the first weighting run', () => {
  it('shows the return rates but no weighted figures', async () => {
    const body = await results();
    expect(body.run).toBeNull();
    expect(body.questions).toEqual([]);
    expect(body.returns).toMatchObject({
      sent: 1000,
      returned: survey.responses.length,
      rate: survey.responses.length / 1000,
    });
  });
});

describe('a weighting run', () => {
  let run: WeightingRun;

  beforeAll(async () => {
    const res = await weigh(5);
    expect(res.status).toBe(201);
    run = res.body as WeightingRun;
  });

  it('is recorded with its cap, margins, iterations, design effect and who started it', async () => {
    expect(run).toMatchObject({
      cap: 5,
      responses: survey.responses.length,
      weighted: survey.responses.length,
      designWeights: true,
      startedBy: { name: 'Ada Analysis' },
      newResponses: 0,
    });
    expect(run.iterations).toBeGreaterThan(1);
    // Older residents answered more often: the weights differ, so the design effect exceeds 1.
    expect(run.deff).toBeGreaterThan(1.05);
    expect(run.nEff).toBeCloseTo(survey.responses.length / run.deff, 6);
    const district = run.margins!.find((m) => m.variable === 'district')!;
    expect(district.targets).toMatchObject({ Hof: expect.any(Number), Nord: expect.any(Number) });
    const runs = await clients.member.get(`${base()}/weighting`);
    expect(runs.status).toBe(200);
    expect(runs.body.items[0]).toMatchObject({
      id: run.id,
      cap: 5,
      margins: null,
      weighted: survey.responses.length,
    });
    expect((await results(clients.member)).run).toMatchObject({
      id: run.id,
      weighted: survey.responses.length,
      deff: run.deff,
    });
  });

  it('brings the headline shares closer to the truth, inside their intervals', async () => {
    const body = await results();
    const night = shown(body.questions.find((q) => q.name === 'safe_night_area')!.overall);
    const unsafe = (key: 'share' | 'unweighted') =>
      night.options.filter((o) => ['3', '4'].includes(o.value)).reduce((s, o) => s + o[key], 0);
    expect(Math.abs(unsafe('share') - survey.truth.unsafeNight)).toBeLessThan(
      Math.abs(unsafe('unweighted') - survey.truth.unsafeNight),
    );
    const avoid = shown(body.questions.find((q) => q.name === 'avoid_places')!.overall);
    const yes = avoid.options.find((o) => o.value === 'yes')!;
    expect(Math.abs(yes.share - survey.truth.avoidPlaces)).toBeLessThan(
      Math.abs(yes.unweighted - survey.truth.avoidPlaces),
    );
    expect(yes.interval.low).toBeLessThan(survey.truth.avoidPlaces);
    expect(yes.interval.high).toBeGreaterThan(survey.truth.avoidPlaces);
  });

  it('builds indices with alpha, reversing the items the questionnaire marks', async () => {
    const body = await results();
    const trust = body.indices.find((index) => index.scale === 'trust_police')!;
    expect(trust.items).toContainEqual({ name: 'police_indifferent', reverse: true });
    // The synthetic items move with one level per person: a consistent scale.
    expect(trust.alpha).toBeGreaterThan(0.7);
    expect(trust.warning).toBe(false);
    expect(shown(trust.overall).mean!.mean).toBeGreaterThan(1);
  });

  it('caps the weights when the cap is tightened, and the figures follow', async () => {
    const before = await results();
    const tight = await weigh(2.1);
    expect(tight.status).toBe(201);
    const run = tight.body as WeightingRun;
    expect(run.trimmed).toBeGreaterThan(0);
    expect(run.trimRounds).toBeGreaterThan(1);
    const weights = [...(await weightsFor(analysisId)).values()];
    const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
    expect(Math.max(...weights)).toBeLessThanOrEqual(2.1 * mean * (1 + 1e-6));
    const after = await results();
    expect(after.run!.id).toBe(run.id);
    const share = (r: Results) =>
      shown(r.questions.find((q) => q.name === 'safe_night_area')!.overall).options[0]!.share;
    expect(share(after)).not.toBe(share(before));
    expect(await weigh(5).then((r) => r.status)).toBe(201);
  });

  it('refuses a cap the margins do not allow, naming the margin', async () => {
    const res = await weigh(1.5);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/cannot be capped at 1.5 × the mean.*margin "/);
    expect(res.body.error.fields[0].path).toBe('body.cap');
    expect(res.body.error.fields[1].path).toMatch(/^margins\.ageGroup\./);
  });
});

describe('small groups', () => {
  it('suppresses Hof (5 respondents) and one more district, with no number left', async () => {
    const body = await results(clients.member);
    for (const item of [...body.questions, ...body.indices]) {
      const districts = item.breakdowns.find((b) => b.variable === 'district')!;
      const hof = districts.groups.find((g) => g.category === 'Hof')!;
      expect(hof.cell).toEqual({ suppressed: true });
      // Secondary suppression: Hof cannot be computed as the total minus the others.
      expect(districts.groups.filter((g) => g.cell.suppressed).length).toBeGreaterThanOrEqual(2);
    }
    const returns = body.returns.byMargin.find((m) => m.variable === 'district')!;
    expect(returns.groups.find((g) => g.category === 'Hof')).toMatchObject({
      returned: null,
      rate: null,
    });
    expect(returns.groups.filter((g) => g.returned === null).length).toBe(2);
  });

  it('leaves out the stratum questions, whose counts are the group sizes', async () => {
    const body = await results(clients.member);
    const names = body.questions.map((q) => q.name);
    for (const name of ['district', 'ageGroup', 'sex']) expect(names).not.toContain(name);
  });

  it('shows "–" for them in the table export', async () => {
    const res = await getBinary(clients.member, `${base()}/results/table.csv?language=de`);
    expect(res.status).toBe(200);
    const rows = parse(res.body.toString('utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
    }) as string[][];
    const hof = rows.filter((row) => row[2] === 'district' && row[3] === 'Hof');
    expect(hof.length).toBeGreaterThan(10);
    for (const row of hof) expect(row.slice(5)).toEqual(['–', '–', '–', '–']);
  });
});

describe('bad margins', () => {
  it('names the district that has residents but no respondents, and stores nothing', async () => {
    const runsBefore = await WeightingRunModel.countDocuments({ analysisId });
    const analysis = await SecurityAnalysisModel.findById(analysisId).lean();
    const margins = analysis!.register!.margins;
    await SecurityAnalysisModel.updateOne(
      { _id: analysisId },
      {
        $set: {
          'register.margins': [
            ...margins,
            { district: 'Ost', ageGroup: '35-44', sex: 'w', count: 120 },
          ],
        },
      },
    );
    try {
      const res = await weigh(5);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('Margin "district", category "Ost"');
      expect(res.body.error.fields).toEqual([
        { path: 'margins.district.Ost', message: expect.stringContaining('no respondents') },
      ]);
      expect(await WeightingRunModel.countDocuments({ analysisId })).toBe(runsBefore);
    } finally {
      await SecurityAnalysisModel.updateOne(
        { _id: analysisId },
        { $set: { 'register.margins': margins } },
      );
    }
  });

  it('refuses a cap outside 1.5–20 naming the field', async () => {
    const res = await weigh(1);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.cap');
  });
});

/** Independent raking in the test: the margins in turn until the factors settle. */
function rakeAgain(
  rows: Array<Record<string, string>>,
  margins: WeightingRun['margins'] & object,
  start: number[],
): number[] {
  const w = [...start];
  for (let round = 0; round < 500; round += 1) {
    let worst = 0;
    for (const { variable, targets } of margins)
      for (const [category, target] of Object.entries(targets)) {
        const members = rows.flatMap((row, i) => (row[variable] === category ? [i] : []));
        if (members.length === 0) continue;
        const factor = target / members.reduce((s, i) => s + w[i]!, 0);
        worst = Math.max(worst, Math.abs(factor - 1));
        for (const i of members) w[i]! *= factor;
      }
    if (worst < 1e-10) break;
  }
  return w;
}

describe('open data', () => {
  let rows: Array<Record<string, string>>;

  beforeAll(async () => {
    const res = await getBinary(clients.owner, `${base()}/results/responses.csv?language=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    rows = parse(res.body.toString('utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      columns: true,
    }) as Array<Record<string, string>>;
  });

  it('has one row per response with its weight, and the recorded weights of weightsFor', async () => {
    expect(rows).toHaveLength(survey.responses.length);
    const weights = await weightsFor(analysisId);
    expect(weights.size).toBe(rows.length);
    for (const row of rows) expect(Number(row.weight)).toBe(weights.get(row.response_id!));
  });

  it('reproduces the weights from the recorded margins and the sample design', async () => {
    const run = (await clients.owner.get(`${base()}/weighting`)).body.items[0] as WeightingRun;
    const analysis = (await clients.owner.get(base())).body as SecurityAnalysis;
    const design = new Map(
      analysis.sample!.strata.map((s) => [
        `${s.district}|${s.ageGroup}|${s.sex}`,
        s.population / s.count,
      ]),
    );
    const start = rows.map((row) => design.get(`${row.district}|${row.ageGroup}|${row.sex}`)!);
    // The newest run has cap 5; check that no weight reached it, so raking alone reproduces it.
    const again = rakeAgain(rows, run.margins!, start);
    const mean = again.reduce((s, w) => s + w, 0) / again.length;
    expect(Math.max(...again)).toBeLessThan(5 * mean);
    rows.forEach((row, i) =>
      expect(Math.abs(Number(row.weight) - again[i]!)).toBeLessThan(1e-4 * again[i]!),
    );
  });

  it('reproduces every weighted share on the results API to 0.1 percentage points', async () => {
    const body = await results();
    let checked = 0;
    const shareFromCsv = (name: string, value: string, kind: string, members: typeof rows) => {
      let base = 0;
      let hits = 0;
      for (const row of members) {
        const w = Number(row.weight);
        if (kind === 'multiple') {
          if (row[`${name}__${value}`] === '') continue;
          base += w;
          if (row[`${name}__${value}`] === '1') hits += w;
        } else {
          if (row[name] === '' || row[name] === undefined) continue;
          base += w;
          if (row[name] === value) hits += w;
        }
      }
      return hits / base;
    };
    for (const question of body.questions) {
      const cells = [
        { members: rows, cell: question.overall },
        ...question.breakdowns.flatMap((b) =>
          b.groups.map((g) => ({
            members: rows.filter((row) => row[b.variable] === g.category),
            cell: g.cell,
          })),
        ),
      ];
      for (const { members, cell } of cells) {
        if (cell.suppressed) continue;
        for (const option of cell.options) {
          const share = shareFromCsv(question.name, option.value, question.kind, members);
          expect(Math.abs(share - option.share)).toBeLessThanOrEqual(0.001);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves free text out until the team has reviewed it', async () => {
    expect(rows[0]).not.toHaveProperty('wish_comment');
    const review = await clients.owner.send('put', `${base()}/results/reviewed-text`, {
      questions: ['wish_comment'],
    });
    expect(review.status).toBe(200);
    const res = await getBinary(clients.owner, `${base()}/results/responses.csv?language=en`);
    expect(res.body.toString('utf8')).toContain('Mehr Licht am Bahnhof');
    const bad = await clients.owner.send('put', `${base()}/results/reviewed-text`, {
      questions: ['safe_night_area'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].message).toContain('"safe_night_area" is not a free-text');
  });

  it('comes with a codebook of codes and German and English labels', async () => {
    const res = await getBinary(clients.owner, `${base()}/results/codebook.csv`);
    expect(res.status).toBe(200);
    const book = parse(res.body.toString('utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      columns: true,
    }) as Array<Record<string, string>>;
    expect(book).toContainEqual({
      column: 'safe_night_area',
      question: 'safe_night_area',
      type: 'radiogroup',
      text_de: 'Wie sicher fühlen Sie sich nachts allein in Ihrem Wohngebiet?',
      text_en: 'How safe do you feel alone in your neighbourhood after dark?',
      code: '4',
      label_de: 'sehr unsicher',
      label_en: 'very unsafe',
    });
    expect(book.find((row) => row.column === 'wish_measures__lighting')).toMatchObject({
      type: 'multiple',
      code: '1',
    });
    expect(book.find((row) => row.column === 'weight')).toBeDefined();
  });
});

describe('who may see and do what', () => {
  type Who = keyof typeof clients;
  const matrix: Array<[Who, number, number, number, number]> = [
    // who, results, table CSV, start a run, raw CSV and codebook
    ['owner', 200, 200, 201, 200],
    ['member', 200, 200, 403, 403],
    ['guest', 200, 200, 403, 403],
    ['coordinator', 200, 200, 403, 403],
    ['otherCouncil', 403, 403, 403, 403],
    ['anonymous', 401, 401, 401, 401],
  ];

  it.each(matrix)('%s: results %i, table %i, weighting %i, raw data %i', async (who, ...want) => {
    const client = clients[who];
    const got = [
      (await client.get(`${base()}/results`)).status,
      (await getBinary(client, `${base()}/results/table.csv`)).status,
      (await weigh(5, client)).status,
      (await getBinary(client, `${base()}/results/responses.csv`)).status,
    ];
    expect(got).toEqual(want);
    expect((await getBinary(client, `${base()}/results/codebook.csv`)).status).toBe(want[3]);
    expect(
      (await client.send('put', `${base()}/results/reviewed-text`, { questions: [] })).status,
    ).toBe(want[2] === 201 ? 200 : want[2]);
  });

  it('hides the register margins of the run from everyone but the team', async () => {
    expect((await results(clients.member)).run!.margins).toBeNull();
    expect((await results(clients.owner)).run!.margins).not.toBeNull();
    expect((await results(clients.member)).permissions.manage).toBe(false);
  });
});
