import { todayInSaxony, type Questionnaire, type SecurityAnalysis } from '@pnetz/shared';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { hashCode } from '../../../server/src/analysis/access-codes';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { SurveyDraftModel } from '../../../server/src/analysis/survey-draft.model';
import { startTestServer, type TestServer } from '../../support/server';
import {
  SAMPLE_ANSWERS,
  issueCodes,
  questionnaireInField,
  surveyActors,
  type SurveyActors,
} from './survey-support';

let app: TestServer;
let actors: SurveyActors;
let codes: string[];
let analysisUrl: string;

const submit = (code: string) =>
  actors.anonymous.send('post', '/api/public/survey/submit', {
    code,
    answers: SAMPLE_ANSWERS,
    language: 'de',
  });
const responses = () => ResponseModel.countDocuments({ analysisId: actors.analysisId });
const fieldPhase = async () => {
  const analysis = (await actors.owner.get(analysisUrl)).body as SecurityAnalysis;
  return analysis.phases.find((phase) => phase.name === 'Feldphase');
};

beforeAll(async () => {
  app = await startTestServer();
  actors = await surveyActors(app.url);
  analysisUrl = `/api/analyses/${actors.analysisId}`;
  // A Feldphase planned for later: the real days replace the plan.
  const planned = await actors.owner.send('patch', analysisUrl, {
    phases: [{ name: 'Feldphase', start: '2099-03-01', end: '2099-04-30', ownerId: null }],
  });
  expect(planned.status).toBe(200);
  await questionnaireInField(actors);
  codes = await issueCodes(actors.analysisId, 4);
});
afterAll(() => app.close());

describe('ending the fieldwork', () => {
  it('records the day fieldwork started in the Feldphase, keeping the planned end', async () => {
    const phase = await fieldPhase();
    expect(phase?.start).toBe(todayInSaxony());
    expect(phase?.end).toBe('2099-04-30');
  });

  it('is for the analysis’s owners only', async () => {
    const url = `${analysisUrl}/questionnaire/fieldwork/end`;
    expect((await actors.member.send('post', url)).status).toBe(403);
    expect((await actors.coordinator.send('post', url)).status).toBe(403);
    expect((await actors.outsider.send('post', url)).status).toBe(404);
    expect((await actors.anonymous.send('post', url)).status).toBe(401);
    const questionnaire = (await actors.owner.get(`${analysisUrl}/questionnaire`))
      .body as Questionnaire;
    expect(questionnaire.status).toBe('field');
    expect(questionnaire.canEndFieldwork).toBe(true);
    const asMember = (await actors.member.get(`${analysisUrl}/questionnaire`))
      .body as Questionnaire;
    expect(asMember.canEndFieldwork).toBe(false);
  });

  it('closes the public page, deletes saved drafts and records the last day', async () => {
    expect((await submit(codes[0]!)).status).toBe(201);
    const draft = await actors.anonymous.send('put', '/api/public/survey/draft', {
      code: codes[1],
      answers: { safe_day_area: 2 },
      language: 'de',
    });
    expect(draft.status).toBe(204);

    const ended = await actors.secondOwner.send(
      'post',
      `${analysisUrl}/questionnaire/fieldwork/end`,
    );
    expect(ended.status).toBe(200);
    expect((ended.body as Questionnaire).status).toBe('closed');
    expect((ended.body as Questionnaire).canEndFieldwork).toBe(false);
    expect(await SurveyDraftModel.countDocuments({ analysisId: actors.analysisId })).toBe(0);
    expect(await fieldPhase()).toMatchObject({ start: todayInSaxony(), end: todayInSaxony() });

    const again = await actors.owner.send('post', `${analysisUrl}/questionnaire/fieldwork/end`);
    expect(again.status).toBe(409);
  });

  it('refuses late answers with survey_closed and stores nothing', async () => {
    const before = await responses();
    for (const code of [codes[1]!, codes[2]!, codes[0]!]) {
      const late = await submit(code);
      expect(late.status).toBe(410);
      expect(late.body.error.id).toBe('survey_closed');
      const opened = await actors.anonymous.send('post', '/api/public/survey/session', { code });
      expect(opened.status).toBe(410);
      expect(opened.body.error.id).toBe('survey_closed');
      const saved = await actors.anonymous.send('put', '/api/public/survey/draft', {
        code,
        answers: {},
        language: 'de',
      });
      expect(saved.status).toBe(410);
    }
    expect(await responses()).toBe(before);
    expect(await SurveyDraftModel.countDocuments({ analysisId: actors.analysisId })).toBe(0);
    const unused = await AccessCodeModel.findOne({ codeHash: hashCode(codes[2]!) }).lean();
    expect(unused?.usedOn).toBeNull();
    // A forged code is still unknown, not "closed": the page tells nothing about other surveys.
    const forged = await submit('ABCD-EFGH-JKMN-P');
    expect(forged.status).toBe(404);
  });

  it('still takes paper sheets that arrived in time', async () => {
    const typed = await actors.owner.send('post', `${analysisUrl}/paper-sheets`, {
      sheetNumber: 5,
      answers: SAMPLE_ANSWERS,
    });
    expect(typed.status).toBe(201);
  });
});
