import mongoose from 'mongoose';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { hashCode } from '../../../server/src/analysis/access-codes';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { SurveyDraftModel } from '../../../server/src/analysis/survey-draft.model';
import { ApiClient } from '../../support/http';
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

const session = (code: string) =>
  actors.anonymous.send('post', '/api/public/survey/session', { code });
const submit = (code: string, answers: Record<string, unknown> = SAMPLE_ANSWERS, language = 'de') =>
  actors.anonymous.send('post', '/api/public/survey/submit', { code, answers, language });
const responses = () => ResponseModel.countDocuments({ analysisId: actors.analysisId });

beforeAll(async () => {
  app = await startTestServer();
  actors = await surveyActors(app.url);
  await questionnaireInField(actors);
  codes = await issueCodes(actors.analysisId, 12);
});
afterAll(() => app.close());

describe('the public answering page', () => {
  it('opens with a code typed with spaces and in lower case', async () => {
    const typed = ` ${codes[0]!.toLowerCase().replace(/-/g, ' ')} `;
    const res = await session(typed);
    expect(res.status).toBe(200);
    expect(res.body.languages).toEqual(['de', 'en']);
    expect(res.body.draft).toBeNull();
    expect(res.body.questionnaire.pages.length).toBeGreaterThan(5);
  });

  it('refuses a forged code and an unknown one, storing nothing', async () => {
    const real = codes[1]!;
    const last = real.at(-1)!;
    const forged = real.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const before = await responses();
    for (const code of [forged, 'ABCD-EFGH-JKMN-P', 'not a code at all']) {
      const res = await submit(code);
      expect(res.status).toBe(404);
      expect(res.body.error.id).toBe('not_found');
    }
    expect(await responses()).toBe(before);
    expect(await SurveyDraftModel.countDocuments({})).toBe(0);
  });

  it('refuses an answer outside a question’s range, naming the question, and stores nothing', async () => {
    const code = codes[2]!;
    const before = await responses();
    const res = await submit(code, { ...SAMPLE_ANSWERS, area_satisfaction: 11, safe_day_area: 9 });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    const paths = (res.body.error.fields as Array<{ path: string; message: string }>).map(
      (field) => field.path,
    );
    expect(paths).toEqual(['answers.safe_day_area', 'answers.area_satisfaction']);
    expect(res.body.error.fields[1].message).toContain('area_satisfaction');
    const unknown = await submit(code, { invented_question: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].message).toContain('invented_question');
    expect(await responses()).toBe(before);
    expect((await AccessCodeModel.findOne({ codeHash: hashCode(code) }).lean())?.usedOn).toBeNull();
  });

  it('stores exactly one response for 20 concurrent submissions with one code', async () => {
    const code = codes[3]!;
    const before = await responses();
    const browsers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const client = new ApiClient(app.url);
        await client.refreshSession();
        return client;
      }),
    );
    const results = await Promise.all(
      browsers.map((client) =>
        client.send('post', '/api/public/survey/submit', {
          code,
          answers: SAMPLE_ANSWERS,
          language: 'de',
        }),
      ),
    );
    const statuses = results.map((res) => res.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 410)).toHaveLength(19);
    expect(await responses()).toBe(before + 1);
  });

  it('keeps no code, network address or user agent with a response, and the day only', async () => {
    const code = codes[4]!;
    const res = await actors.anonymous
      .send('post', '/api/public/survey/submit', {
        code,
        answers: SAMPLE_ANSWERS,
        language: 'en',
      })
      .then((req) => req);
    expect(res.status).toBe(201);
    const raw = await mongoose.connection
      .collection('analysis_responses')
      .find({ language: 'en' })
      .toArray();
    expect(raw).toHaveLength(1);
    const stored = raw[0]!;
    expect(Object.keys(stored).sort()).toEqual(
      [
        '_id',
        'analysisId',
        'answers',
        'channel',
        'language',
        'questionnaireVersion',
        'stratum',
        'submittedOn',
      ].sort(),
    );
    expect(typeof stored._id).toBe('string');
    expect(stored.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored.submittedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(stored.channel).toBe('online');
    expect(stored.stratum).toEqual({ district: 'Nord', ageGroup: '35-44', sex: 'w' });
    const text = JSON.stringify(stored);
    expect(text).not.toContain(hashCode(code));
    expect(text).not.toContain(code);
    expect(text).not.toMatch(/127\.0\.0\.1|::1|node-superagent|Mozilla/);
  });

  it('saves answers under the code, resumes them, and deletes them on submit', async () => {
    const code = codes[5]!;
    const partial = { safe_day_area: 2, worry_theft: 3 };
    const saved = await actors.anonymous.send('put', '/api/public/survey/draft', {
      code,
      answers: partial,
      language: 'en',
      page: 2,
    });
    expect(saved.status).toBe(204);
    const stored = await SurveyDraftModel.findOne({}).lean();
    expect(stored?.codeHash).toBe(hashCode(code));
    expect(JSON.stringify(stored)).not.toContain(code);

    // Another device, the code typed differently.
    const phone = new ApiClient(app.url);
    await phone.refreshSession();
    const resumed = await phone.send('post', '/api/public/survey/session', {
      code: code.replace(/-/g, '').toLowerCase(),
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.draft).toEqual({ answers: partial, language: 'en', page: 2 });

    const bad = await phone.send('put', '/api/public/survey/draft', {
      code,
      answers: { safe_day_area: 5 },
      language: 'en',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('answers.safe_day_area');

    expect((await submit(code, { ...partial, ...SAMPLE_ANSWERS }, 'en')).status).toBe(201);
    expect(await SurveyDraftModel.countDocuments({ codeHash: hashCode(code) })).toBe(0);
  });

  it('forgets drafts nobody came back to after 60 days', async () => {
    const [stale, fresh] = [codes[8]!, codes[9]!];
    await SurveyDraftModel.create({
      analysisId: actors.analysisId,
      codeHash: hashCode(stale),
      answers: { safe_day_area: 1 },
      language: 'de',
      updatedAt: new Date(Date.now() - 61 * 86_400_000),
    });
    expect((await session(stale)).body.draft).toBeNull();
    const saved = await actors.anonymous.send('put', '/api/public/survey/draft', {
      code: fresh,
      answers: { safe_day_area: 2 },
      language: 'de',
    });
    expect(saved.status).toBe(204);
    expect(await SurveyDraftModel.countDocuments({ codeHash: hashCode(stale) })).toBe(0);
    expect(await SurveyDraftModel.countDocuments({ codeHash: hashCode(fresh) })).toBe(1);
  });

  it('refuses a used code with its own error, storing nothing', async () => {
    const code = codes[6]!;
    expect((await submit(code)).status).toBe(201);
    const before = await responses();
    const again = await submit(code);
    expect(again.status).toBe(410);
    expect(again.body.error.id).toBe('access_code_used');
    const reopened = await session(code);
    expect(reopened.status).toBe(410);
    expect(reopened.body.error.id).toBe('access_code_used');
    const draft = await actors.anonymous.send('put', '/api/public/survey/draft', {
      code,
      answers: {},
      language: 'de',
    });
    expect(draft.status).toBe(410);
    expect(await responses()).toBe(before);
  });

  it('refuses a language the questionnaire does not offer', async () => {
    const res = await submit(codes[7]!, SAMPLE_ANSWERS, 'ar');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.language');
  });
});
