import type { PersonalDataExport } from '@pnetz/shared';
import { PaperEntryModel } from '../../../server/src/analysis/paper.model';
import { RecommendationModel } from '../../../server/src/analysis/recommendations/recommendation.model';
import {
  TextReviewModel,
  WeightingRunModel,
} from '../../../server/src/analysis/results/weighting.model';
import { TrainingCertificateModel } from '../../../server/src/training/certificate.model';
import { seminar } from '../training/support';
import mongoose, { Schema, Types } from 'mongoose';
import { collect } from '../../../server/src/feature';
import { FEATURES } from '../../../server/src/features';
import { undeclaredPersonalData, userPathsOf } from '../../../server/src/privacy/personal-data';
import { eventually } from '../../support/eventually';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { completeProject, createProject, pngBytes, upload } from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;

beforeAll(async () => {
  // The whole server: every model any feature uses is registered with mongoose.
  app = await startTestServer();
});
afterAll(() => app.close());

const allModels = () => mongoose.modelNames().map((name) => mongoose.model(name));
const declared = () => collect.personalData(FEATURES);

describe('the personal-data registry', () => {
  it('declares every model that holds a user reference, with every user path', () => {
    const holders = allModels().filter((model) => userPathsOf(model).length > 0);
    // Sanity: the detector sees the models it must (refs to User and user-id names alike).
    expect(holders.map((m) => m.modelName)).toEqual(
      expect.arrayContaining(['Plan', 'PlanVersion', 'Meeting', 'Project', 'ExchangePost']),
    );
    expect(undeclaredPersonalData(allModels(), declared())).toEqual([]);
  });

  it('fails for a model with a user reference that no feature declared', () => {
    const name = 'UndeclaredTestNote';
    const model = mongoose.model(
      name,
      new Schema({ text: String, ownerId: { type: Schema.Types.ObjectId, ref: 'User' } }),
    );
    const sneaky = mongoose.model(
      'UndeclaredTestMark',
      new Schema({ markedBy: { type: [Schema.Types.ObjectId], default: [] } }),
    );
    try {
      expect(undeclaredPersonalData(allModels(), declared())).toEqual([
        { model: name, paths: ['ownerId'] },
        { model: 'UndeclaredTestMark', paths: ['markedBy'] },
      ]);
      // Declaring it (as its feature would, in feature.ts) closes the hole.
      const withDeclaration = [
        ...declared(),
        {
          model: name,
          userPaths: ['ownerId'],
          retention: 'test',
          export: { in: 'profile' },
        },
        {
          model: 'UndeclaredTestMark',
          userPaths: ['markedBy'],
          retention: 'test',
          export: { in: 'profile' },
        },
      ];
      expect(undeclaredPersonalData(allModels(), withDeclaration)).toEqual([]);
    } finally {
      mongoose.deleteModel(model.modelName);
      mongoose.deleteModel(sneaky.modelName);
    }
    expect(undeclaredPersonalData(allModels(), declared())).toEqual([]);
  });

  it('names each declaration after a registered model, and each export section once', () => {
    const models = new Set(mongoose.modelNames());
    expect(declared().filter((d) => !models.has(d.model))).toEqual([]);
    const keys = declared().flatMap((d) => ('key' in d.export ? [d.export.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const declaration of declared()) expect(declaration.retention).not.toBe('');
  });
});

describe('the DSGVO export of a person who wrote in every feature', () => {
  it('contains every record with their data, in every declared section', async () => {
    const workspace = await createWorkspace();
    const workspaceId = workspace.id as string;
    const person = await createUser({ name: 'Überall Aktiv', platformRoles: ['coordinator'] });
    await addMember(workspaceId, person.id, 'admin');
    const api = new ApiClient(app.url);
    await api.login(person.email, person.password);
    const created = async (method: 'post' | 'put', path: string, body?: unknown) => {
      const res = await api.send(method, path, body);
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string };
    };

    // Plans and versions.
    const plan = await created('post', `/api/workspaces/${workspaceId}/plans`, {
      title: 'Handlungskonzept Innenstadt',
    });
    const version = await created('post', `/api/plans/${plan.id}/versions`, { name: 'Entwurf' });
    // Projects: record, update, comment, file (and with them the activity feed).
    const project = await createProject(api, workspaceId, completeProject());
    const update = await created('post', `/api/projects/${project.id}/updates`, {
      text: 'Erste Wand fertig',
    });
    const comment = await created('post', `/api/projects/${project.id}/comments`, {
      text: 'Danke an alle',
    });
    const file = await upload(api, project.id, pngBytes(), { filename: 'wand.png' }, 'image/png');
    expect(file.status).toBe(201);
    // Exchange (as coordinator) with a post, a council meeting, a report with a question.
    const exchange = await created('post', '/api/exchanges', {
      title: 'Graffiti und Sachbeschädigung',
      description: 'Erfahrungen',
      fieldsOfAction: ['graffiti'],
      visibility: 'invited',
      workspaceIds: [workspaceId],
      peopleEmails: [],
    });
    const post = await created('post', `/api/exchanges/${exchange.id}/posts`, {
      body: 'Legale Flächen helfen.',
    });
    const meeting = await created('post', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Sitzung des Präventionsrats',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const report = await created('post', `/api/workspaces/${workspaceId}/reports`, {
      title: 'Wandbilder statt illegaler Graffiti',
      summary: 'Legale Flächen und Wandbilder am Bahnhof.',
      fieldsOfAction: ['graffiti'],
      whatWasDone: 'Vier Wände gestaltet.',
      whatWorked: 'Weniger Schäden.',
      whatDidNotWork: 'Eine Fläche wurde übermalt.',
      costAndEffort: 'Etwa 200 Stunden.',
      partners: 'Streetwork e. V.',
      replicationNotes: 'Früh mit Eigentümern sprechen.',
      contact: {
        name: 'Geschäftsstelle',
        organisation: 'Stadt',
        email: 'kpr@test.example',
        phone: '',
      },
    });
    // Published, a fellow member asks; the person answers.
    expect(
      (await api.send('patch', `/api/reports/${report.id}`, { visibility: 'network' })).status,
    ).toBe(200);
    const colleague = await createUser({ name: 'Kollegin' });
    await addMember(workspaceId, colleague.id, 'member');
    const asker = new ApiClient(app.url);
    await asker.login(colleague.email, colleague.password);
    const asked = await asker.send('post', `/api/reports/${report.id}/questions`, {
      body: 'Wie haben Sie die Eigentümer gewonnen?',
    });
    expect(asked.status).toBe(201);
    const question = await created(
      'put',
      `/api/reports/${report.id}/questions/${(asked.body as { id: string }).id}/answer`,
      { body: 'Über die Wohnungsbaugesellschaft.' },
    );
    await created('post', '/api/calendar/feed');
    // A security analysis: started, its questionnaire copied, a returned paper sheet typed.
    await created('post', '/api/programme/municipalities', {
      name: 'Flöha',
      district: 'Landkreis Mittelsachsen',
      lat: 50.856,
      lon: 13.072,
      workspaceId,
    });
    const analysis = await created('post', `/api/workspaces/${workspaceId}/analyses`, {
      title: 'Sicherheitsanalyse 2026',
    });
    await created('post', `/api/analyses/${analysis.id}/questionnaire`);
    // Paper sheets are typed in the field only (its set-up is the analysis tests' matter): the
    // first typing of a sheet is stored as that endpoint stores it.
    await PaperEntryModel.create({
      analysisId: new Types.ObjectId(analysis.id),
      sheetNumber: 1,
      round: 1,
      enteredBy: new Types.ObjectId(person.id),
      answers: {},
    });
    // Its results: a weighting run started and free text released by the person.
    await WeightingRunModel.create({
      analysisId: new Types.ObjectId(analysis.id),
      cap: 5,
      tolerance: 1e-6,
      maxIterations: 200,
      margins: [],
      designWeights: false,
      responses: 0,
      iterations: 1,
      trimRounds: 1,
      trimmed: 0,
      deff: 1,
      nEff: 0,
      startedBy: new Types.ObjectId(person.id),
    });
    await TextReviewModel.create({
      analysisId: new Types.ObjectId(analysis.id),
      questions: ['wish_comment'],
      reviewedBy: new Types.ObjectId(person.id),
    });
    // A recommendation the person wrote (citing findings is the recommendations tests' matter).
    await RecommendationModel.create({
      analysisId: new Types.ObjectId(analysis.id),
      workspaceId: new Types.ObjectId(workspaceId),
      title: 'Beleuchtung am Bahnhof verbessern',
      createdBy: new Types.ObjectId(person.id),
    });
    // Training: an offer (as coordinator), a registration, a certificate of participation (issued
    // after the day, which lies ahead; stored as issuing stores it).
    const offer = (await created('post', '/api/training/offers', seminar())) as unknown as {
      title: string;
      sessions: Array<{ id: string }>;
    };
    const registration = await created(
      'post',
      `/api/training/sessions/${offer.sessions[0]!.id}/registrations`,
    );
    await TrainingCertificateModel.create({
      code: 'TEST-CERT-0001',
      name: 'Überall Aktiv',
      offerTitle: offer.title,
      offerType: 'seminar',
      sessionStartsAt: new Date(),
      sessionEndsAt: new Date(),
      userId: new Types.ObjectId(person.id),
      registrationId: new Types.ObjectId(registration.id),
      issuedAt: new Date(),
    });
    // Someone comments on the person's project: the person gets a notification.
    expect(
      (await asker.send('post', `/api/projects/${project.id}/comments`, { text: 'Toll!' })).status,
    ).toBe(201);

    let data: PersonalDataExport | undefined;
    await eventually(async () => {
      data = (await api.get('/api/me/export').expect(200)).body as PersonalDataExport;
      expect(data.content.notifications?.length).toBeGreaterThan(0);
    });
    const ids = (key: string) => (data!.content[key] ?? []).map((item) => item.id);

    // Every section a feature declares holds this person's records.
    const empty = declared()
      .flatMap((d) => ('key' in d.export ? [d.export.key] : []))
      .filter((key) => ids(key).length === 0);
    expect(empty).toEqual([]);

    expect(ids('plans')).toEqual([plan.id]);
    expect(ids('planVersions')).toEqual([version.id]);
    expect(ids('meetings')).toEqual([meeting.id]);
    expect(ids('projects')).toEqual([project.id]);
    expect(ids('projectUpdates')).toEqual([update.id]);
    expect(ids('projectComments')).toEqual([comment.id]);
    expect(ids('projectFiles')).toEqual([(file.body as { id: string }).id]);
    expect(ids('exchanges')).toEqual([exchange.id]);
    expect(ids('exchangePosts')).toEqual([post.id]);
    expect(ids('experienceReports')).toEqual(expect.arrayContaining([report.id, question.id]));
    expect(ids('projectActivity').length).toBeGreaterThan(0);
    expect(data!.memberships.map((m) => m.workspaceId)).toEqual([workspaceId]);
  });
});
