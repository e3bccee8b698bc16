import type {
  CouncilComparison,
  Meeting,
  Recommendation,
  Results,
  SecurityAnalysis,
  Transfer,
  WaveComparison,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import {
  QuestionnaireModel,
  QuestionnaireVersionModel,
} from '../../../server/src/analysis/questionnaire.model';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { ReportModel } from '../../../server/src/exchange/reports/report.model';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { seedSurvey, syntheticSurvey } from '../../support/analysis-results';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
const councils = {} as Record<'bannewitz' | 'dohna' | 'heidenau', string>;
let adminId: string;
let firstWave: string;
let secondWave: string;
let dohnaWave: string;
let heidenauWave: string;
let planId: string;
const clients = {} as Record<
  'owner' | 'member' | 'guest' | 'coordinator' | 'otherCouncil' | 'heidenauAdmin' | 'anonymous',
  ApiClient
>;

async function signedIn(user: { email: string; password: string }) {
  const client = new ApiClient(app.url);
  await client.login(user.email, user.password);
  return client;
}

async function council(name: string): Promise<string> {
  const workspace = await createWorkspace({ municipality: name });
  const id = workspace._id.toHexString();
  await MunicipalityModel.create({
    name: `${name} ${id.slice(-6)}`,
    kind: 'municipality',
    district: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    population: 11000,
    lat: 50.99,
    lon: 13.72,
    workspaceId: workspace._id,
  });
  return id;
}

async function startAnalysis(client: ApiClient, workspaceId: string, title: string) {
  const created = await client.send('post', `/api/workspaces/${workspaceId}/analyses`, { title });
  expect(created.status).toBe(201);
  return (created.body as SecurityAnalysis).id;
}

const weigh = async (client: ApiClient, analysisId: string) =>
  expect(
    (await client.send('post', `/api/analyses/${analysisId}/weighting`, { cap: 5 })).status,
  ).toBe(201);

const resultsOf = async (analysisId: string) =>
  (await clients.owner.get(`/api/analyses/${analysisId}/results`).expect(200)).body as Results;

const publishBody = (draft: Transfer['draft']) => ({ ...draft, visibility: 'network' as const });

beforeAll(async () => {
  app = await startTestServer();
  councils.bannewitz = await council('Bannewitz');
  councils.dohna = await council('Dohna');
  councils.heidenau = await council('Heidenau');
  const [admin, member, guest, coordinator, dohnaAdmin, heidenauAdmin] = await Promise.all([
    createUser({ name: 'Ada Analyse' }),
    createUser({ name: 'Mats Mitglied' }),
    createUser({ name: 'Gina Gast' }),
    createUser({ name: 'Cem Koordination', platformRoles: ['coordinator'] }),
    createUser({ name: 'Olli Anders' }),
    createUser({ name: 'Hanna Heide' }),
  ]);
  adminId = admin.id;
  await addMember(councils.bannewitz, admin.id, 'admin');
  await addMember(councils.bannewitz, member.id, 'member');
  await addMember(councils.bannewitz, guest.id, 'guest');
  await addMember(councils.dohna, dohnaAdmin.id, 'admin');
  await addMember(councils.heidenau, heidenauAdmin.id, 'admin');
  clients.owner = await signedIn(admin);
  clients.member = await signedIn(member);
  clients.guest = await signedIn(guest);
  clients.coordinator = await signedIn(coordinator);
  clients.otherCouncil = await signedIn(dohnaAdmin);
  clients.heidenauAdmin = await signedIn(heidenauAdmin);
  clients.anonymous = new ApiClient(app.url);
  await clients.anonymous.refreshSession();

  firstWave = await startAnalysis(clients.owner, councils.bannewitz, 'Sicherheitsanalyse 2026');
  await seedSurvey(firstWave, syntheticSurvey());
  await weigh(clients.owner, firstWave);
  secondWave = await startAnalysis(clients.owner, councils.bannewitz, 'Sicherheitsanalyse 2029');
  await seedSurvey(secondWave, syntheticSurvey(4711));

  // The later questionnaire renames two questions; only the rename of avoid_places is recorded.
  const questionnaire = (await QuestionnaireModel.findOne({ analysisId: secondWave }).lean())!;
  const json = JSON.parse(
    JSON.stringify(questionnaire.json)
      .replaceAll('"avoid_places"', '"avoid_places_2029"')
      .replaceAll('"safe_day_area"', '"safe_day_2029"'),
  ) as Record<string, unknown>;
  await QuestionnaireModel.updateOne({ _id: questionnaire._id }, { $set: { json, version: 2 } });
  const createdBy = new Types.ObjectId(adminId);
  await QuestionnaireVersionModel.create([
    { questionnaireId: questionnaire._id, version: 1, json: questionnaire.json, createdBy },
    {
      questionnaireId: questionnaire._id,
      version: 2,
      json,
      renamed: { avoid_places_2029: 'avoid_places' },
      createdBy,
    },
  ]);
  for (const response of await ResponseModel.find({ analysisId: secondWave }).lean()) {
    const {
      avoid_places: avoid,
      safe_day_area: day,
      ...rest
    } = response.answers as Record<string, unknown>;
    await ResponseModel.updateOne(
      { _id: response._id },
      { $set: { answers: { ...rest, avoid_places_2029: avoid, safe_day_2029: day } } },
    );
  }
  await weigh(clients.owner, secondWave);

  dohnaWave = await startAnalysis(clients.otherCouncil, councils.dohna, 'Sicherheitsanalyse Dohna');
  await seedSurvey(dohnaWave, syntheticSurvey(99));
  // Only a handful in Dohna answered whether they avoid places: that figure must stay hidden.
  const dohna = await ResponseModel.find({ analysisId: dohnaWave }, { _id: 1 }).lean();
  await ResponseModel.updateMany(
    { _id: { $in: dohna.slice(5).map((r) => r._id) } },
    { $unset: { 'answers.avoid_places': 1 } },
  );
  await weigh(clients.otherCouncil, dohnaWave);
  heidenauWave = await startAnalysis(
    clients.heidenauAdmin,
    councils.heidenau,
    'Sicherheitsanalyse Heidenau',
  );
  await seedSurvey(heidenauWave, syntheticSurvey(7));
  await weigh(clients.heidenauAdmin, heidenauWave);

  const plan = await createPlan(councils.bannewitz, admin.id, { title: 'Handlungskonzept' });
  planId = plan._id.toHexString();
  // Genuinely long: four councils' surveys of about 400 responses each are stored and weighted.
}, 120_000);
afterAll(() => app.close());

describe('comparison with the previous wave', () => {
  it('maps each question through the version history and marks changes by the intervals', async () => {
    const got = (
      await clients.member.get(`/api/analyses/${secondWave}/wave-comparison`).expect(200)
    ).body as WaveComparison;
    expect(got.previous).toEqual({
      analysisId: firstWave,
      analysisTitle: 'Sicherheitsanalyse 2026',
    });
    const [before, now] = [await resultsOf(firstWave), await resultsOf(secondWave)];
    const cell = (r: Results, name: string) => {
      const c = r.questions.find((q) => q.name === name)!.overall;
      if (c.suppressed) throw new Error('suppressed');
      return c;
    };
    const avoid = got.questions.find((q) => q.question === 'avoid_places_2029')!;
    expect(avoid.measure).toBe('share');
    const yes = avoid.items.find((i) => i.option === 'yes')!;
    const then = cell(before, 'avoid_places').options.find((o) => o.value === 'yes')!;
    const current = cell(now, 'avoid_places_2029').options.find((o) => o.value === 'yes')!;
    expect(yes).toEqual({
      state: 'compared',
      option: 'yes',
      optionLabel: current.label,
      value: current.share,
      interval: current.interval,
      previousQuestion: 'avoid_places',
      previousValue: then.share,
      previousInterval: then.interval,
      difference: current.share - then.share,
      overlap: !(
        current.interval.low > then.interval.high || current.interval.high < then.interval.low
      ),
    });
    const night = got.questions.find((q) => q.question === 'safe_night_area')!;
    expect(night.measure).toBe('mean');
    expect(night.items[0]).toMatchObject({
      state: 'compared',
      previousQuestion: 'safe_night_area',
    });
  });

  it('says why a question cannot be mapped', async () => {
    const got = (await clients.guest.get(`/api/analyses/${secondWave}/wave-comparison`).expect(200))
      .body as WaveComparison;
    const day = got.questions.find((q) => q.question === 'safe_day_2029')!;
    expect(day.items).toEqual([
      { state: 'unmapped', option: null, optionLabel: null, reason: 'question_missing' },
    ]);
  });

  it('has no previous wave for the first analysis', async () => {
    const got = (await clients.owner.get(`/api/analyses/${firstWave}/wave-comparison`).expect(200))
      .body as WaveComparison;
    expect(got).toEqual({ analysisId: firstWave, previous: null, questions: [] });
  });
});

describe('permissions', () => {
  it('let the council and the programme read, only the team act, and refuse everyone else', async () => {
    for (const path of ['wave-comparison', 'council-comparison', 'transfer']) {
      const url = `/api/analyses/${secondWave}/${path}`;
      for (const who of ['owner', 'member', 'guest', 'coordinator'] as const)
        expect((await clients[who].get(url)).status).toBe(200);
      expect((await clients.otherCouncil.get(url)).status).toBe(403);
      expect((await clients.anonymous.get(url)).status).toBe(401);
    }
    const transfer = (await clients.member.get(`/api/analyses/${secondWave}/transfer`)).body;
    expect(transfer.permissions.manage).toBe(false);
    const actions: Array<[string, string, unknown]> = [
      ['put', `/api/analyses/${secondWave}/council-comparison`, { optedIn: true }],
      [
        'post',
        `/api/analyses/${secondWave}/transfer/workshop`,
        { startsAt: '2029-06-01T17:00:00Z' },
      ],
      [
        'post',
        `/api/analyses/${secondWave}/transfer/publish`,
        {
          title: 'T',
          summary: '',
          whatWasDone: '',
          whatWorked: '',
          whatDidNotWork: '',
          visibility: 'network',
        },
      ],
    ];
    for (const [method, url, body] of actions) {
      for (const who of ['member', 'guest', 'coordinator', 'otherCouncil'] as const)
        expect((await clients[who].send(method as 'post', url, body)).status).toBe(403);
      expect((await clients.anonymous.send(method as 'post', url, body)).status).toBe(401);
    }
    const after = (await clients.owner.get(`/api/analyses/${secondWave}/transfer`))
      .body as Transfer;
    expect(after.workshop).toBeNull();
    expect(
      (await clients.owner.get(`/api/analyses/${secondWave}/council-comparison`)).body.optedIn,
    ).toBe(false);
  });
});

describe('comparison between councils', () => {
  it('shows nothing until the council opts in, then only opted-in councils', async () => {
    const url = `/api/analyses/${secondWave}/council-comparison`;
    const before = (await clients.member.get(url).expect(200)).body as CouncilComparison;
    expect(before).toMatchObject({ optedIn: false, councils: [] });

    const dohna = await clients.otherCouncil.send(
      'put',
      `/api/analyses/${dohnaWave}/council-comparison`,
      { optedIn: true },
    );
    expect(dohna.status).toBe(200);
    const opted = await clients.owner.send('put', url, { optedIn: true });
    expect(opted.status).toBe(200);
    const got = (await clients.member.get(url).expect(200)).body as CouncilComparison;
    expect(got.optedIn).toBe(true);
    expect(got.councils.map((c) => c.analysisId).sort()).toEqual([secondWave, dohnaWave].sort());
    expect(got.councils[0]).toMatchObject({ analysisId: secondWave, own: true });
    // Heidenau did not opt in: its analysis is nowhere.
    expect(JSON.stringify(got)).not.toContain(heidenauWave);

    const own = got.councils.find((c) => c.own)!;
    const results = await resultsOf(secondWave);
    const avoid = results.questions.find((q) => q.name === 'avoid_places_2029')!.overall;
    if (avoid.suppressed) throw new Error('suppressed');
    const index = got.headlines.findIndex((h) => h.id === 'avoid_places:yes');
    expect(own.values[index]).toEqual({
      value: avoid.options.find((o) => o.value === 'yes')!.share,
      interval: avoid.options.find((o) => o.value === 'yes')!.interval,
    });
    // Dohna's figure rests on five answers: suppressed, while its other headlines show.
    const other = got.councils.find((c) => c.analysisId === dohnaWave)!;
    expect(other.values[index]).toBeNull();
    expect(other.values.filter((v) => v !== null).length).toBeGreaterThan(0);
  });

  it('lets Heidenau see nothing without opting in, and the coordinator every opted-in council', async () => {
    const heidenau = (
      await clients.heidenauAdmin
        .get(`/api/analyses/${heidenauWave}/council-comparison`)
        .expect(200)
    ).body as CouncilComparison;
    expect(heidenau).toMatchObject({ optedIn: false, councils: [] });
    const coordinator = (
      await clients.coordinator.get(`/api/analyses/${heidenauWave}/council-comparison`).expect(200)
    ).body as CouncilComparison;
    expect(coordinator.permissions.optIn).toBe(false);
    expect(coordinator.councils.map((c) => c.analysisId).sort()).toEqual(
      [secondWave, dohnaWave].sort(),
    );
  });

  it('drops a council that opts out', async () => {
    await clients.otherCouncil
      .send('put', `/api/analyses/${dohnaWave}/council-comparison`, { optedIn: false })
      .then((res) => expect(res.status).toBe(200));
    const got = (
      await clients.owner.get(`/api/analyses/${secondWave}/council-comparison`).expect(200)
    ).body as CouncilComparison;
    expect(got.councils.map((c) => c.analysisId)).toEqual([secondWave]);
  });
});

describe('the transfer chain', () => {
  const url = () => `/api/analyses/${firstWave}/transfer`;
  const reportsOfCouncil = () => ReportModel.countDocuments({ workspaceId: councils.bannewitz });

  it('refuses to publish before the chain is finished and stores nothing', async () => {
    const state = (await clients.owner.get(url()).expect(200)).body as Transfer;
    expect(state).toMatchObject({
      finished: false,
      gaps: ['no_recommendations', 'no_workshop'],
      workshop: null,
      report: null,
    });
    const refused = await clients.owner.send('post', `${url()}/publish`, publishBody(state.draft));
    expect(refused.status).toBe(409);
    expect(await reportsOfCouncil()).toBe(0);
  });

  it('creates the workshop meeting once, with the report attached', async () => {
    const write = (title: string) =>
      clients.owner.send('post', `/api/analyses/${firstWave}/recommendations`, {
        title,
        findings: [{ question: 'avoid_places', option: 'yes' }],
      });
    const accepted = (await write('Beleuchtung am Bahnhof verbessern')).body as Recommendation;
    const declined = (await write('Videoüberwachung')).body as Recommendation;

    const body = { startsAt: '2026-06-10T17:00:00+02:00', location: 'Rathaus, Saal 2' };
    const results = await Promise.all([
      clients.owner.send('post', `${url()}/workshop`, body),
      clients.owner.send('post', `${url()}/workshop`, body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const state = results.find((r) => r.status === 201)!.body as Transfer;
    expect(state.workshop).toMatchObject({ title: 'Transferwerkstatt: Sicherheitsanalyse 2026' });
    expect(state.gaps).toEqual(['open_recommendations']);

    const meeting = (
      await clients.member.get(`/api/meetings/${state.workshop!.meetingId}`).expect(200)
    ).body as Meeting;
    expect(meeting).toMatchObject({
      owner: { type: 'council', id: councils.bannewitz },
      location: 'Rathaus, Saal 2',
      visibility: 'workspace',
      attachment: {
        label: 'Bericht: Sicherheitsanalyse 2026',
        url: `/raete/${councils.bannewitz}/sicherheitsanalyse/${firstWave}/bericht`,
      },
    });
    expect(meeting.agenda).toContain('Empfehlung entscheiden: Videoüberwachung');

    // Still open: publishing is refused.
    const early = await clients.owner.send('post', `${url()}/publish`, publishBody(state.draft));
    expect(early.status).toBe(409);
    expect(await reportsOfCouncil()).toBe(0);

    await clients.owner
      .send('post', `/api/recommendations/${accepted.id}/accept`, {
        planId,
        findingId: 'avoid_places:yes',
        target: 0.15,
      })
      .then((res) => expect(res.status).toBe(200));
    await clients.owner
      .send('post', `/api/recommendations/${declined.id}/decline`, {
        reason: 'Der Rat setzt auf Prävention statt Überwachung.',
      })
      .then((res) => expect(res.status).toBe(200));
  });

  it('prefills the report from the analysis, without names', async () => {
    const state = (await clients.member.get(url()).expect(200)).body as Transfer;
    expect(state).toMatchObject({
      finished: true,
      gaps: [],
      recommendations: { accepted: 1, declined: 1, open: 0 },
    });
    expect(state.draft.title).toBe('Von der Befragung zur Maßnahme: Sicherheitsanalyse 2026');
    expect(state.draft.whatWasDone).toContain('Beleuchtung am Bahnhof verbessern');
    expect(state.draft.whatWasDone).toContain('Zielwert 15,0 %');
    // The later wave renamed the question; the change is read through the version history.
    expect(state.draft.whatWasDone).toContain('in der Sicherheitsanalyse 2029');
    expect(state.draft.whatDidNotWork).toContain(
      'Videoüberwachung: abgelehnt, weil Der Rat setzt auf Prävention statt Überwachung.',
    );
    const all = JSON.stringify(state.draft);
    for (const name of ['Ada Analyse', 'Mats Mitglied']) expect(all).not.toContain(name);
  });

  it('refuses personal data and bad input, storing nothing', async () => {
    const { draft } = (await clients.owner.get(url()).expect(200)).body as Transfer;
    const email = await clients.owner.send('post', `${url()}/publish`, {
      ...publishBody(draft),
      summary: 'Fragen an ada.analyse@bannewitz.example',
    });
    expect(email.status).toBe(400);
    expect(email.body.error.fields[0].path).toBe('body.summary');
    const empty = await clients.owner.send('post', `${url()}/publish`, {
      ...publishBody(draft),
      title: ' ',
    });
    expect(empty.status).toBe(400);
    expect(await reportsOfCouncil()).toBe(0);
    expect(((await clients.owner.get(url())).body as Transfer).report).toBeNull();
  });

  it('publishes the edited report exactly once', async () => {
    const { draft } = (await clients.owner.get(url()).expect(200)).body as Transfer;
    const body = { ...publishBody(draft), summary: `${draft.summary} Bearbeitet.` };
    const sent = await Promise.all(
      Array.from({ length: 3 }, () => clients.owner.send('post', `${url()}/publish`, body)),
    );
    expect(sent.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const state = sent.find((r) => r.status === 201)!.body as Transfer;
    expect(state.report).toMatchObject({ title: draft.title });
    expect(await reportsOfCouncil()).toBe(1);
    const report = await clients.otherCouncil.get(`/api/reports/${state.report!.reportId}`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      visibility: 'network',
      summary: `${draft.summary} Bearbeitet.`,
      contact: { name: '', organisation: '', email: '', phone: '' },
    });
  });
});
