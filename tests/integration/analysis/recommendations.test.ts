import type { Recommendation, Results, SecurityAnalysis } from '@pnetz/shared';
import { Types } from 'mongoose';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import {
  QuestionnaireModel,
  QuestionnaireVersionModel,
} from '../../../server/src/analysis/questionnaire.model';
import { MeasureModel } from '../../../server/src/plans/measure.model';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { seedSurvey, syntheticSurvey } from '../../support/analysis-results';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let workspaceId: string;
let otherWorkspaceId: string;
let adminId: string;
let firstWave: string;
let planId: string;
let results: Results;
const clients = {} as Record<
  'owner' | 'member' | 'guest' | 'coordinator' | 'otherCouncil' | 'anonymous',
  ApiClient
>;

async function signedIn(user: { email: string; password: string }) {
  const client = new ApiClient(app.url);
  await client.login(user.email, user.password);
  return client;
}

async function startAnalysis(title: string): Promise<string> {
  const created = await clients.owner.send('post', `/api/workspaces/${workspaceId}/analyses`, {
    title,
  });
  expect(created.status).toBe(201);
  return (created.body as SecurityAnalysis).id;
}

const weigh = async (analysisId: string) =>
  expect(
    (await clients.owner.send('post', `/api/analyses/${analysisId}/weighting`, { cap: 5 })).status,
  ).toBe(201);

const write = (body: unknown, client = clients.owner, analysisId = firstWave) =>
  client.send('post', `/api/analyses/${analysisId}/recommendations`, body);

const shareOf = (question: string, option: string, from: Results = results) => {
  const cell = from.questions.find((q) => q.name === question)!.overall;
  if (cell.suppressed) throw new Error('suppressed');
  return cell.options.find((o) => o.value === option)!;
};

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ municipality: 'Bannewitz' });
  const other = await createWorkspace();
  workspaceId = workspace._id.toHexString();
  otherWorkspaceId = other._id.toHexString();
  await MunicipalityModel.create({
    name: `Bannewitz ${workspaceId.slice(-6)}`,
    kind: 'municipality',
    district: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    population: 11000,
    lat: 50.99,
    lon: 13.72,
    workspaceId: workspace._id,
  });
  const [admin, member, guest, coordinator, otherAdmin] = await Promise.all([
    createUser({ name: 'Ada Analyse' }),
    createUser({ name: 'Mats Mitglied' }),
    createUser({ name: 'Gina Gast' }),
    createUser({ name: 'Cem Koordination', platformRoles: ['coordinator'] }),
    createUser({ name: 'Olli Anders' }),
  ]);
  adminId = admin.id;
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

  firstWave = await startAnalysis('Sicherheitsanalyse Bannewitz 2026');
  await seedSurvey(firstWave, syntheticSurvey());
  const plan = await createPlan(workspace._id, admin.id, { title: 'Handlungskonzept Bannewitz' });
  planId = plan._id.toHexString();
});
afterAll(() => app.close());

describe('writing a recommendation', () => {
  it('is refused before the results are weighted', async () => {
    const res = await write({
      title: 'Beleuchtung verbessern',
      findings: [{ question: 'avoid_places', option: 'yes' }],
    });
    expect(res.status).toBe(409);
    await weigh(firstWave);
    results = (await clients.owner.get(`/api/analyses/${firstWave}/results`).expect(200))
      .body as Results;
  });

  it('cites findings with the weighted value and interval taken from the results', async () => {
    const res = await write({
      title: 'Angsträume entschärfen',
      text: 'Beleuchtung und Sichtachsen an den gemiedenen Orten verbessern.',
      // A figure sent along is ignored: findings are read from the results.
      findings: [{ question: 'avoid_places', option: 'yes', value: 0.99 }],
    });
    expect(res.status).toBe(201);
    const created = res.body as Recommendation;
    const expected = shareOf('avoid_places', 'yes');
    expect(created).toMatchObject({
      status: 'open',
      declineReason: null,
      measure: null,
      createdBy: { name: 'Ada Analyse' },
    });
    expect(created.findings).toEqual([
      expect.objectContaining({
        id: 'avoid_places:yes',
        measure: 'share',
        value: expected.share,
        interval: expected.interval,
        optionLabel: expected.label,
      }),
    ]);
  });

  it('names each finding the results do not carry and stores nothing', async () => {
    const before = (await clients.owner.get(`/api/analyses/${firstWave}/recommendations`)).body as {
      items: Recommendation[];
    };
    const res = await write({
      title: 'Unbelegt',
      findings: [
        { question: 'avoid_places', option: 'yes' },
        { question: 'gibt_es_nicht', option: 'yes' },
        { question: 'avoid_places', option: 'vielleicht' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'body.findings.1',
      'body.findings.2',
    ]);
    const none = await write({ title: 'Ohne Befund', findings: [] });
    expect(none.status).toBe(400);
    const after = (await clients.owner.get(`/api/analyses/${firstWave}/recommendations`)).body as {
      items: Recommendation[];
    };
    expect(after.items).toHaveLength(before.items.length);
  });
});

describe('permissions', () => {
  it('let the team write, the council and the programme read, and refuse everyone else', async () => {
    const body = { title: 'Mehr Streife', findings: [{ question: 'avoid_places', option: 'yes' }] };
    for (const who of ['member', 'guest', 'coordinator', 'otherCouncil'] as const)
      expect((await write(body, clients[who])).status).toBe(403);
    expect((await write(body, clients.anonymous)).status).toBe(401);

    const list = `/api/analyses/${firstWave}/recommendations`;
    for (const who of ['owner', 'member', 'guest', 'coordinator'] as const) {
      const res = await clients[who].get(list);
      expect(res.status).toBe(200);
      expect(res.body.permissions.manage).toBe(who === 'owner');
    }
    expect((await clients.otherCouncil.get(list)).status).toBe(403);
    expect((await clients.anonymous.get(list)).status).toBe(401);

    const one = (await clients.owner.get(list)).body.items[0] as Recommendation;
    expect((await clients.member.get(`/api/recommendations/${one.id}`)).status).toBe(200);
    expect((await clients.otherCouncil.get(`/api/recommendations/${one.id}`)).status).toBe(403);
    for (const who of ['member', 'guest', 'coordinator', 'otherCouncil'] as const) {
      const accept = await clients[who].send('post', `/api/recommendations/${one.id}/accept`, {
        planId,
        findingId: 'avoid_places:yes',
        target: 0.2,
      });
      expect(accept.status).toBe(403);
      const decline = await clients[who].send('post', `/api/recommendations/${one.id}/decline`, {
        reason: 'Nein',
      });
      expect(decline.status).toBe(403);
    }
    expect((await clients.owner.get(`/api/recommendations/${one.id}`)).body.status).toBe('open');
  });
});

describe('declining', () => {
  it('needs a reason, and then the recommendation cannot be accepted', async () => {
    const created = (
      await write({
        title: 'Videoüberwachung',
        findings: [{ question: 'avoid_places', option: 'yes' }],
      })
    ).body as Recommendation;
    const url = `/api/recommendations/${created.id}`;
    const empty = await clients.owner.send('post', `${url}/decline`, { reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0].path).toBe('body.reason');
    const declined = await clients.owner.send('post', `${url}/decline`, {
      reason: 'Der Rat setzt auf Prävention statt Überwachung.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'Der Rat setzt auf Prävention statt Überwachung.',
      measure: null,
    });
    const accept = await clients.owner.send('post', `${url}/accept`, {
      planId,
      findingId: 'avoid_places:yes',
      target: 0.2,
    });
    expect(accept.status).toBe(409);
  });
});

describe('accepting', () => {
  let recommendation: Recommendation;

  beforeAll(async () => {
    recommendation = (
      await write({
        title: 'Beleuchtung am Bahnhof verbessern',
        findings: [
          { question: 'avoid_places', option: 'yes' },
          { question: 'safe_night_area', option: null },
        ],
      })
    ).body as Recommendation;
  });

  it('refuses a bad target, a finding it does not cite and a plan of another council', async () => {
    const url = `/api/recommendations/${recommendation.id}/accept`;
    const target = await clients.owner.send('post', url, {
      planId,
      findingId: 'avoid_places:yes',
      target: 20,
    });
    expect(target.status).toBe(400);
    expect(target.body.error.fields[0].path).toBe('body.target');
    const finding = await clients.owner.send('post', url, {
      planId,
      findingId: 'wish_measures:police',
      target: 0.2,
    });
    expect(finding.status).toBe(400);
    const foreign = await createPlan(otherWorkspaceId, adminId);
    const elsewhere = await clients.owner.send('post', url, {
      planId: foreign._id.toHexString(),
      findingId: 'avoid_places:yes',
      target: 0.2,
    });
    expect(elsewhere.status).toBe(404);
    expect(await MeasureModel.countDocuments({ planId })).toBe(0);
  });

  it('creates exactly one measure with the question as indicator and the baseline, however often it is sent at once', async () => {
    const url = `/api/recommendations/${recommendation.id}/accept`;
    const body = {
      planId,
      findingId: 'avoid_places:yes',
      target: 0.2,
      fieldOfAction: 'violence',
    };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => clients.owner.send('post', url, body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    const accepted = responses.find((r) => r.status === 200)!.body as Recommendation;
    const baseline = shareOf('avoid_places', 'yes');
    expect(accepted).toMatchObject({
      status: 'accepted',
      measure: {
        planId,
        planTitle: 'Handlungskonzept Bannewitz',
        findingId: 'avoid_places:yes',
        baseline: { value: baseline.share, interval: baseline.interval },
        target: 0.2,
        change: { state: 'none' },
      },
    });
    const measures = await eventually(async () => {
      const found = await MeasureModel.find({ planId }).lean();
      expect(found).toHaveLength(1);
      return found;
    });
    const measure = measures[0]!;
    expect(measure.measureId).toBe(accepted.measure!.measureId);
    expect(measure.title).toBe('Beleuchtung am Bahnhof verbessern');
    expect(measure.goal).toBe('Zielwert 20,0 %');
    const percent = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`;
    expect(measure.indicator).toContain('(Frage avoid_places)');
    expect(measure.indicator).toContain(`Ausgangswert ${percent(baseline.share)}`);
    expect(measure.indicator).toContain(
      `${percent(baseline.interval.low)} bis ${percent(baseline.interval.high)}`,
    );
    const again = await clients.owner.send('post', url, body);
    expect(again.status).toBe(409);
    expect(await MeasureModel.countDocuments({ planId })).toBe(1);
  });
});

describe('deciding at the same moment', () => {
  it('lets exactly one of a concurrent accept and decline through', async () => {
    const created = (
      await write({
        title: 'Nachbarschaft stärken',
        findings: [{ question: 'avoid_places', option: 'yes' }],
      })
    ).body as Recommendation;
    const url = `/api/recommendations/${created.id}`;
    const before = await MeasureModel.countDocuments({ planId });
    const [accepted, declined] = await Promise.all([
      clients.owner.send('post', `${url}/accept`, {
        planId,
        findingId: 'avoid_places:yes',
        target: 0.25,
      }),
      clients.owner.send('post', `${url}/decline`, { reason: 'Andere Prioritäten' }),
    ]);
    expect([accepted.status, declined.status].sort()).toEqual([200, 409]);
    const now = (await clients.owner.get(url).expect(200)).body as Recommendation;
    if (accepted.status === 200) {
      expect(now).toMatchObject({ status: 'accepted', declineReason: null });
      await eventually(async () =>
        expect(await MeasureModel.countDocuments({ planId })).toBe(before + 1),
      );
    } else {
      expect(now).toMatchObject({ status: 'declined', measure: null });
      expect(await MeasureModel.countDocuments({ planId })).toBe(before);
    }
  });
});

describe('a later wave of the council', () => {
  let shareRec: Recommendation;
  let meanRec: Recommendation;
  let secondWave: string;

  beforeAll(async () => {
    const list = (await clients.owner.get(`/api/analyses/${firstWave}/recommendations`)).body
      .items as Recommendation[];
    shareRec = list.find((r) => r.title === 'Beleuchtung am Bahnhof verbessern')!;
    meanRec = (
      await write({
        title: 'Nachtsicherheit stärken',
        findings: [{ question: 'safe_day_area', option: null }],
      })
    ).body as Recommendation;
    const accepted = await clients.owner.send('post', `/api/recommendations/${meanRec.id}/accept`, {
      planId,
      findingId: 'safe_day_area',
      target: 1.2,
    });
    expect(accepted.status).toBe(200);

    secondWave = await startAnalysis('Sicherheitsanalyse Bannewitz 2029');
    // Another draw of residents: the share of those avoiding places differs by chance.
    await seedSurvey(secondWave, syntheticSurvey(4711));
  });

  it('shows nothing to compare until the later wave has results', async () => {
    const got = (await clients.member.get(`/api/recommendations/${shareRec.id}`).expect(200))
      .body as Recommendation;
    expect(got.measure!.change).toEqual({ state: 'none' });
  });

  it("shows the indicator's change, marked only where the intervals say so", async () => {
    await weigh(secondWave);
    const later = (await clients.owner.get(`/api/analyses/${secondWave}/results`).expect(200))
      .body as Results;
    const now = shareOf('avoid_places', 'yes', later);
    const got = (await clients.member.get(`/api/recommendations/${shareRec.id}`).expect(200))
      .body as Recommendation;
    const base = got.measure!.baseline;
    expect(got.measure!.change).toEqual({
      state: 'compared',
      analysisId: secondWave,
      analysisTitle: 'Sicherheitsanalyse Bannewitz 2029',
      question: 'avoid_places',
      value: now.share,
      interval: now.interval,
      difference: now.share - base.value,
      changed: now.interval.low > base.interval.high || now.interval.high < base.interval.low,
    });
  });

  it('follows a renamed question through the version history, and says so where it cannot', async () => {
    // The later questionnaire renames both questions; only the rename of `avoid_places` is recorded.
    const questionnaire = (await QuestionnaireModel.findOne({
      analysisId: secondWave,
    }).lean())!;
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
    const responses = await ResponseModel.find({ analysisId: secondWave }).lean();
    for (const response of responses) {
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
    await weigh(secondWave);

    const list = (await clients.guest.get(`/api/analyses/${firstWave}/recommendations`).expect(200))
      .body.items as Recommendation[];
    const share = list.find((r) => r.id === shareRec.id)!;
    expect(share.measure!.change).toMatchObject({
      state: 'compared',
      question: 'avoid_places_2029',
    });
    const mean = list.find((r) => r.id === meanRec.id)!;
    expect(mean.measure!.change).toEqual({
      state: 'unmapped',
      analysisId: secondWave,
      analysisTitle: 'Sicherheitsanalyse Bannewitz 2029',
      reason: 'question_missing',
    });
  });
});
