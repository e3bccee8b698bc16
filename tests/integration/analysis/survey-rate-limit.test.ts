import {
  CODE_REQUESTS_PER_WINDOW,
  FAILED_CODES_PER_ADDRESS,
} from '../../../server/src/analysis/survey-limiter';
import { startTestServer, type TestServer } from '../../support/server';
import {
  issueCodes,
  questionnaireInField,
  surveyActors,
  type SurveyActors,
} from './survey-support';

let app: TestServer;
let actors: SurveyActors;

beforeAll(async () => {
  app = await startTestServer();
  actors = await surveyActors(app.url);
  await questionnaireInField(actors);
});
afterAll(() => app.close());

it('stops one code after too many requests, leaving other codes open', async () => {
  const [busy, other] = await issueCodes(actors.analysisId, 2);
  const open = (code: string) =>
    actors.anonymous.send('post', '/api/public/survey/session', { code });
  for (let request = 0; request < CODE_REQUESTS_PER_WINDOW; request += 1)
    expect((await open(busy!)).status).toBe(200);
  const blocked = await open(busy!.toLowerCase());
  expect(blocked.status).toBe(429);
  expect(blocked.body.error.id).toBe('rate_limited');
  expect((await open(other!)).status).toBe(200);
});

it('stops a network address that keeps trying unknown codes, even with a valid code', async () => {
  const [valid] = await issueCodes(actors.analysisId, 1);
  const open = (code: string) =>
    actors.anonymous.send('post', '/api/public/survey/session', { code });
  expect((await open(valid!)).status).toBe(200);
  for (let attempt = 0; attempt < FAILED_CODES_PER_ADDRESS; attempt += 1) {
    const guess = `ZZZZ-ZZZZ-${String(attempt).padStart(4, '0')}-Z`;
    expect((await open(guess)).status).toBe(404);
  }
  const blocked = await open(valid!);
  expect(blocked.status).toBe(429);
  expect(blocked.body.error.id).toBe('rate_limited');
  expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
});
