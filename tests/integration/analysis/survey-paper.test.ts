import type { PaperSheet } from '@pnetz/shared';
import mongoose from 'mongoose';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { startTestServer, type TestServer } from '../../support/server';
import {
  SAMPLE_ANSWERS,
  questionnaireInField,
  surveyActors,
  type SurveyActors,
} from './survey-support';

let app: TestServer;
let actors: SurveyActors;
let base: string;

beforeAll(async () => {
  app = await startTestServer();
  actors = await surveyActors(app.url);
  await questionnaireInField(actors);
  base = `/api/analyses/${actors.analysisId}/paper-sheets`;
});
afterAll(() => app.close());

const paperResponses = () =>
  ResponseModel.find({ analysisId: actors.analysisId, channel: 'paper' }).lean();

describe('paper returns', () => {
  it('takes each sheet twice from two people and shows their differences side by side', async () => {
    const first = await actors.owner.send('post', base, {
      sheetNumber: 17,
      answers: SAMPLE_ANSWERS,
    });
    expect(first.status).toBe(201);
    expect((first.body as PaperSheet).state).toBe('first_entry');

    const sameAgain = await actors.owner.send('post', base, {
      sheetNumber: 17,
      answers: SAMPLE_ANSWERS,
    });
    expect(sameAgain.status).toBe(403);
    expect(sameAgain.body.error.message).toContain('another person');

    const second = await actors.secondOwner.send('post', base, {
      sheetNumber: 17,
      answers: { ...SAMPLE_ANSWERS, safe_night_area: 4 },
    });
    expect(second.status).toBe(201);
    expect(second.body).toEqual({
      sheetNumber: 17,
      state: 'differences',
      enteredByMe: true,
      differences: [{ question: 'safe_night_area', first: 3, second: 4 }],
    });
    expect(await paperResponses()).toHaveLength(0);

    const third = await actors.member.send('post', base, { sheetNumber: 17, answers: {} });
    expect(third.status).toBe(403);

    const exported = (await actors.owner.get('/api/me/export').expect(200)).body as {
      content: Record<string, Array<Record<string, unknown>>>;
    };
    expect(exported.content.paperSheetTypings).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheetNumber: 17 })]),
    );
  });

  it('refuses a typing that does not fit the questionnaire, naming the question', async () => {
    const res = await actors.owner.send('post', base, {
      sheetNumber: 18,
      answers: { disorder_litter: 5 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('answers.disorder_litter');
    const list = await actors.owner.get(base);
    expect((list.body.items as PaperSheet[]).map((s) => s.sheetNumber)).toEqual([17]);
  });

  it('resolves the difference into one paper response that does not know its sheet', async () => {
    const unsettled = await actors.owner.send('post', `${base}/17/resolve`, { answers: {} });
    expect(unsettled.status).toBe(400);
    expect(unsettled.body.error.fields[0].path).toBe('body.answers.safe_night_area');

    const res = await actors.owner.send('post', `${base}/17/resolve`, {
      answers: { safe_night_area: 4 },
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('resolved');
    const stored = await paperResponses();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers.safe_night_area).toBe(4);
    expect(stored[0]!.answers.disorder_litter).toBe(4);
    expect(stored[0]!.stratum).toEqual({ district: 'Nord', ageGroup: '35-44', sex: 'w' });
    expect(Object.keys(stored[0]!)).not.toContain('sheetNumber');
    expect(JSON.stringify(stored[0])).not.toMatch(/sheet/i);
    expect(await mongoose.connection.collection('analysis_paper_entries').countDocuments()).toBe(0);
  });

  it('refuses a sheet number that was entered already', async () => {
    const res = await actors.secondOwner.send('post', base, {
      sheetNumber: 17,
      answers: SAMPLE_ANSWERS,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0]).toEqual({
      path: 'body.sheetNumber',
      message: 'has already been entered',
    });
    expect(await paperResponses()).toHaveLength(1);
  });

  it('stores a sheet whose two typings agree at once', async () => {
    await actors.owner.send('post', base, { sheetNumber: 19, answers: { sex: 'm' } });
    const res = await actors.secondOwner.send('post', base, {
      sheetNumber: 19,
      answers: { sex: 'm' },
    });
    expect(res.body.state).toBe('resolved');
    expect(await paperResponses()).toHaveLength(2);
    expect((await actors.coordinator.get(base)).status).toBe(403);
  });
});
