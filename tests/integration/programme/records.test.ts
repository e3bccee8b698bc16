import { Types } from 'mongoose';
import { MeasureModel } from '../../../server/src/plans/measure.model';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import {
  AgreementModel,
  AnalysisModel,
  CoachingModel,
} from '../../../server/src/programme/records.model';
import { createPlan, createUser, createWorkspace } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { createMunicipality, signedIn } from './support';

let app: TestServer;
let coordinator: ApiClient;

beforeAll(async () => {
  app = await startTestServer();
  coordinator = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));
});
afterAll(() => app.close());

describe('programme records over REST', () => {
  it('registers a municipality with milestones, changes and removes it with its records', async () => {
    const workspace = await createWorkspace({ municipality: 'Flöha' });
    const created = await coordinator.send('post', '/api/programme/municipalities', {
      name: 'Flöha',
      district: 'Landkreis Mittelsachsen',
      population: 11000,
      lat: 50.856,
      lon: 13.072,
      policeDirectorate: 'Polizeidirektion Chemnitz',
      contact: { name: 'Ordnungsamt', email: 'ordnungsamt@floeha.example', phone: '' },
      workspaceId: workspace.id,
      milestones: [
        { kind: 'contacted', date: '2020-02-11' },
        { kind: 'advised', date: '2020-04-21' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Flöha',
      kind: 'municipality',
      workspaceName: workspace.name,
      milestones: [{ kind: 'contacted' }, { kind: 'advised' }],
    });
    const id = created.body.id as string;

    const duplicate = await coordinator.send('post', '/api/programme/municipalities', {
      name: 'Flöha',
      district: 'Landkreis Mittelsachsen',
      lat: 50.8,
      lon: 13,
    });
    expect(duplicate.status).toBe(409);

    const patched = await coordinator.send('patch', `/api/programme/municipalities/${id}`, {
      milestones: [
        { kind: 'advised', date: '2020-04-21' },
        { kind: 'close_cooperation', date: '2021-09-14' },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.milestones.map((m: { kind: string }) => m.kind)).toEqual([
      'advised',
      'close_cooperation',
    ]);
    expect(patched.body.population).toBe(11000); // A patch leaves out what it does not name.

    await coordinator
      .send('post', `/api/programme/municipalities/${id}/agreements`, {
        date: '2021-09-14',
        signatories: [{ name: 'Bürgermeister', role: 'mayor' }],
      })
      .then((r) => expect(r.status).toBe(201));
    await coordinator
      .send('post', `/api/programme/municipalities/${id}/coachings`, {
        coach: 'A. Berger',
        start: '2021-10-01',
      })
      .then((r) => expect(r.status).toBe(201));
    const detail = await coordinator.get(`/api/programme/municipalities/${id}`).expect(200);
    expect(detail.body).toMatchObject({
      canWrite: true,
      agreements: [{ date: '2021-09-14', status: 'signed' }],
      coachings: [{ coach: 'A. Berger', end: null }],
    });
    expect(detail.body.status).toMatchObject({
      agreements: 1,
      coaching: 'running',
      elements: ['advised', 'agreement', 'coaching'],
    });

    await coordinator
      .send('delete', `/api/programme/municipalities/${id}`)
      .then((r) => expect(r.status).toBe(204));
    const owner = { municipalityId: new Types.ObjectId(id) };
    expect(await MunicipalityModel.exists({ _id: id })).toBeNull();
    expect(await AgreementModel.countDocuments(owner)).toBe(0);
    expect(await CoachingModel.countDocuments(owner)).toBe(0);
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    const before = await MunicipalityModel.countDocuments();
    const outside = await coordinator.send('post', '/api/programme/municipalities', {
      name: 'Berlin',
      district: 'Berlin',
      lat: 52.52,
      lon: 13.4,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields).toContainEqual({
      path: 'body.lat',
      message: 'must lie in Saxony',
    });
    const badDate = await coordinator.send('post', '/api/programme/municipalities', {
      name: 'Aue',
      district: 'Erzgebirgskreis',
      lat: 50.59,
      lon: 12.7,
      milestones: [{ kind: 'advised', date: '2021-02-30' }],
    });
    expect(badDate.body.error.fields).toContainEqual({
      path: 'body.milestones.0.date',
      message: 'must be a real calendar date',
    });
    expect(await MunicipalityModel.countDocuments()).toBe(before);

    const { id } = await createMunicipality();
    const unsigned = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/agreements`,
      { date: '2022-01-01', status: 'signed', signatories: [] },
    );
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.fields[0].path).toBe('body.signatories');
    const backwards = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/coachings`,
      { coach: 'K. Lindner', start: '2022-05-01', end: '2022-01-01' },
    );
    expect(backwards.body.error.fields[0].path).toBe('body.end');
    expect(await AgreementModel.countDocuments({ municipalityId: new Types.ObjectId(id) })).toBe(0);
  });

  it('refuses a signature, advice or finished coaching in the future; plans may lie ahead', async () => {
    const { id } = await createMunicipality();
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const signed = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/agreements`,
      {
        date: `${nextYear}-05-18`,
        status: 'signed',
        signatories: [{ name: 'B. Mustermann', role: 'mayor' }],
      },
    );
    expect(signed.status).toBe(400);
    expect(signed.body.error.fields).toContainEqual({
      path: 'body.date',
      message: 'a signed or ended agreement must not be dated in the future',
    });
    const planned = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/agreements`,
      {
        date: `${nextYear}-05-18`,
        status: 'draft',
      },
    );
    expect(planned.status).toBe(201);

    const advice = await coordinator.send('patch', `/api/programme/municipalities/${id}`, {
      milestones: [{ kind: 'advised', date: `${nextYear}-01-10` }],
    });
    expect(advice.body.error.fields).toContainEqual({
      path: 'body.milestones.0.date',
      message: 'must not lie in the future',
    });
    const coaching = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/coachings`,
      {
        coach: 'K. Lindner',
        start: '2022-01-01',
        end: `${nextYear}-01-01`,
      },
    );
    expect(coaching.body.error.fields).toContainEqual({
      path: 'body.end',
      message: 'a finished coaching must not end in the future',
    });
    const running = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/coachings`,
      {
        coach: 'K. Lindner',
        start: `${nextYear}-01-01`,
      },
    );
    expect(running.status).toBe(201);
    const analysis = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/analyses`,
      {
        statusHistory: [{ status: 'agreed', date: `${nextYear}-03-15` }],
      },
    );
    expect(analysis.status).toBe(400);
    expect(await AgreementModel.countDocuments({ municipalityId: new Types.ObjectId(id) })).toBe(1);
  });

  it('keeps the chain finding → recommendation → measure → result of a security analysis', async () => {
    const workspace = await createWorkspace({ municipality: 'Bannewitz' });
    const plan = await createPlan(workspace._id, (await createUser()).id, {
      title: 'Handlungskonzept 2022',
    });
    await MeasureModel.create({
      planId: plan._id,
      workspaceId: workspace._id,
      measureId: 'm-light',
      title: 'Beleuchtung Busbahnhof erneuern',
      status: 'in_progress',
      progress: 60,
    });
    const { id } = await createMunicipality({
      name: 'Bannewitz',
      workspaceId: workspace.id as string,
    });
    const linkable = await coordinator
      .get(`/api/programme/municipalities/${id}/measures`)
      .expect(200);
    expect(linkable.body.items).toEqual([
      expect.objectContaining({ measureId: 'm-light', planTitle: 'Handlungskonzept 2022' }),
    ]);

    const body = {
      statusHistory: [
        { status: 'agreed', date: '2021-03-15' },
        { status: 'report_delivered', date: '2021-08-02' },
      ],
      surveySize: 1000,
      returnRate: 41.5,
      findings: [{ key: 'f1', text: 'Ein Drittel meidet abends den Busbahnhof.' }],
      recommendations: [
        {
          key: 'r1',
          text: 'Beleuchtung verbessern.',
          findingKeys: ['f1'],
          measures: [{ planId: plan.id, measureId: 'm-light' }],
        },
      ],
    };
    const created = await coordinator.send(
      'post',
      `/api/programme/municipalities/${id}/analyses`,
      body,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'report_delivered',
      recommendations: [
        {
          findingKeys: ['f1'],
          measures: [
            { title: 'Beleuchtung Busbahnhof erneuern', status: 'in_progress', progress: 60 },
          ],
        },
      ],
    });

    const wrongMeasure = await coordinator.send(
      'put',
      `/api/programme/analyses/${created.body.id}`,
      {
        ...body,
        recommendations: [
          { ...body.recommendations[0], measures: [{ planId: plan.id, measureId: 'nope' }] },
        ],
      },
    );
    expect(wrongMeasure.status).toBe(400);
    expect(wrongMeasure.body.error.fields[0].path).toBe('body.recommendations.0.measures.0');
    const danglingFinding = await coordinator.send(
      'put',
      `/api/programme/analyses/${created.body.id}`,
      {
        ...body,
        recommendations: [{ key: 'r1', text: 'x', findingKeys: ['f9'] }],
      },
    );
    expect(danglingFinding.body.error.fields[0].path).toBe('body.recommendations');
    const stored = await AnalysisModel.findById(created.body.id).lean();
    expect(stored?.recommendations[0]?.measures).toHaveLength(1);
  });
});
