import type { Questionnaire } from '@pnetz/shared';
import { startTestServer, type TestServer } from '../../support/server';
import { surveyActors, type SurveyActors } from './survey-support';

let app: TestServer;
let actors: SurveyActors;
let base: string;

type Json = { pages: Array<{ name: string; elements: Array<Record<string, unknown>> }> };

const edit = (questionnaire: Questionnaire, change: (json: Json) => void) => {
  const json = structuredClone(questionnaire.json) as Json;
  change(json);
  return json;
};

beforeAll(async () => {
  app = await startTestServer();
  actors = await surveyActors(app.url);
  base = `/api/analyses/${actors.analysisId}/questionnaire`;
});
afterAll(() => app.close());

describe('the questionnaire of an analysis', () => {
  let current: Questionnaire;

  it('starts as a copy of the standard questionnaire, complete in all seven languages', async () => {
    expect((await actors.owner.get(base)).status).toBe(404);
    const res = await actors.owner.send('post', base);
    expect(res.status).toBe(201);
    current = res.body as Questionnaire;
    expect(current.version).toBe(1);
    expect(current.status).toBe('draft');
    expect(current.editable).toBe(true);
    const questions = current.json.pages.flatMap((page) => page.elements as unknown[]);
    expect(questions.length).toBeGreaterThanOrEqual(55);
    expect(current.translations.map((t) => [t.language, t.missing])).toEqual(
      ['de', 'en', 'uk', 'ru', 'ar', 'tr', 'vi'].map((language) => [language, []]),
    );
    const reversed = questions.filter((q) => (q as { reverse?: boolean }).reverse === true);
    expect(reversed.length).toBeGreaterThanOrEqual(3);
    expect((await actors.owner.send('post', base)).status).toBe(409);
  });

  it('lets only owners edit; the coordinator reads; others do not see it', async () => {
    const body = { baseVersion: 1, json: current.json };
    expect((await actors.member.send('put', base, body)).status).toBe(403);
    expect((await actors.coordinator.send('put', base, body)).status).toBe(403);
    const read = await actors.coordinator.get(base);
    expect(read.status).toBe(200);
    expect(read.body.editable).toBe(false);
    expect((await actors.outsider.get(base)).status).toBe(404);
    expect((await actors.anonymous.get(base)).status).toBe(401);
  });

  it('saves edits as versions, mapping renamed questions, and keeps each version', async () => {
    const json = edit(current, (draft) => {
      const page = draft.pages[0]!;
      page.elements[0]!.name = 'safe_day_neighbourhood';
      page.elements.splice(1, 1);
    });
    const res = await actors.secondOwner.send('put', base, {
      baseVersion: 1,
      json,
      languages: ['de', 'en', 'ar'],
      renamed: { safe_day_neighbourhood: 'safe_day_area' },
    });
    expect(res.status).toBe(200);
    current = res.body as Questionnaire;
    expect(current.version).toBe(2);
    expect(current.languages).toEqual(['de', 'en', 'ar']);
    expect(current.versions.map((v) => [v.version, v.renamed])).toEqual([
      [2, { safe_day_neighbourhood: 'safe_day_area' }],
      [1, {}],
    ]);
    const first = await actors.owner.get(`${base}/versions/1`);
    expect(first.body.json.pages[0].elements[0].name).toBe('safe_day_area');

    const racing = await Promise.all(
      [actors.owner, actors.secondOwner, actors.owner, actors.secondOwner].map((client) =>
        client.send('put', base, { baseVersion: 2, json }),
      ),
    );
    expect(racing.map((res) => res.status).sort()).toEqual([200, 409, 409, 409]);
    current = racing.find((res) => res.status === 200)!.body as Questionnaire;
    expect(current.version).toBe(3);
    expect(current.versions.map((v) => v.version)).toEqual([3, 2, 1]);

    const stale = await actors.owner.send('put', base, { baseVersion: 1, json });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields[0].path).toBe('body.baseVersion');
  });

  it('refuses a questionnaire it could not check answers against, naming the question', async () => {
    const json = edit(current, (draft) => {
      draft.pages[0]!.elements.push({ type: 'matrixdynamic', name: 'grid', title: 'x' });
      draft.pages[1]!.elements.push({ ...draft.pages[1]!.elements[0]! });
    });
    const res = await actors.owner.send('put', base, { baseVersion: 3, json });
    expect(res.status).toBe(400);
    const messages = (res.body.error.fields as Array<{ message: string }>).map((f) => f.message);
    expect(messages.join(' | ')).toContain('question "grid" has an unsupported type');
    expect(messages.join(' | ')).toContain('"worry_burglary" is used twice');
    expect((await actors.owner.get(base)).body.version).toBe(3);
  });

  it('does not start fieldwork while a chosen language lacks a translation, naming the questions', async () => {
    const json = edit(current, (draft) => {
      const question = draft.pages[1]!.elements[0]! as { title: Record<string, string> };
      delete question.title.ar;
      draft.pages[2]!.elements.push({
        type: 'comment',
        name: 'local_question',
        title: 'Was wünschen Sie sich für den Marktplatz?',
      });
    });
    current = (await actors.owner.send('put', base, { baseVersion: 3, json })).body;
    expect(current.translations.find((t) => t.language === 'ar')?.missing).toEqual([
      'worry_burglary',
      'local_question',
    ]);
    const res = await actors.owner.send('post', `${base}/fieldwork`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'languages.en', message: 'missing translation: local_question' },
      { path: 'languages.ar', message: 'missing translation: worry_burglary, local_question' },
    ]);
    expect((await actors.owner.get(base)).body.status).toBe('draft');
  });

  it('freezes the questionnaire in the field: edits are refused with a clear error', async () => {
    const json = edit(current, (draft) => {
      draft.pages[2]!.elements.pop();
      const question = draft.pages[1]!.elements[0]! as { title: Record<string, string> };
      question.title.ar = 'إلى أي حد يقلقك أن يتم السطو على منزلك؟';
    });
    current = (await actors.owner.send('put', base, { baseVersion: 4, json })).body;
    const started = await actors.owner.send('post', `${base}/fieldwork`);
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('field');
    expect(started.body.editable).toBe(false);

    const res = await actors.owner.send('put', base, { baseVersion: 5, json });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('frozen');
    expect(res.body.error.fields).toEqual([
      { path: 'questionnaire', message: 'is frozen while fieldwork runs' },
    ]);
    expect((await actors.owner.send('post', `${base}/fieldwork`)).status).toBe(409);
    expect((await actors.owner.get(base)).body.version).toBe(5);
  });
});
