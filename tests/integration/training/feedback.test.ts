import type { FeedbackQuestionnaire, FeedbackResults, MyRegistrationEntry } from '@pnetz/shared';
import { TrainingFeedbackModel } from '../../../server/src/training/feedback.model';
import { TrainingRegistrationModel } from '../../../server/src/training/registration.model';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { createOffer, seminar, signedIn, trainingActors } from './support';

let app: TestServer;
let actors: Awaited<ReturnType<typeof trainingActors>>;
const anon = () => new ApiClient(app.url);

beforeAll(async () => {
  app = await startTestServer();
  actors = await trainingActors(app.url);
});
afterAll(() => app.close());

/** Awaits a request and checks its status, showing the body when it differs. */
async function expectStatus<T extends { status: number; body: unknown }>(
  request: PromiseLike<T>,
  status: number,
): Promise<T> {
  const res = await request;
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  return res;
}

const questionnairePath = (offerId: string) =>
  `/api/training/offers/${offerId}/feedback-questionnaire`;
const answerPath = (token: string) => `/api/training/registrations/by-token/${token}/feedback`;

/** A seminar under way with `count` members registered and checked in (users from the factory). */
async function seminarUnderWay(count: number) {
  const people = await Promise.all(
    Array.from({ length: count }, (_, i) => createUser({ name: `Teilnehmerin ${i + 1}` })),
  );
  const clients = await Promise.all(people.map((person) => signedIn(app.url, person)));
  const offer = await createOffer(
    actors.clients.coordinator,
    seminar({ title: `Fachtag Rückmeldung ${Math.random().toString(36).slice(2, 6)}` }),
  );
  const sessionId = offer.sessions[0]!.id;
  const entries: MyRegistrationEntry[] = [];
  for (const client of clients) {
    const res = await client.send('post', `/api/training/sessions/${sessionId}/registrations`);
    expect(res.status).toBe(201);
    entries.push(res.body as MyRegistrationEntry);
  }
  await expectStatus(
    actors.clients.coordinator.send('patch', `/api/training/sessions/${sessionId}`, {
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
    200,
  );
  await expectStatus(
    actors.clients.coordinator.send('post', `/api/training/sessions/${sessionId}/check-ins`, {
      items: entries.map((e) => ({ code: e.checkInCode, at: new Date().toISOString() })),
    }),
    200,
  );
  return { offer, entries, tokens: entries.map((e) => e.token) };
}

const SPEAKER = {
  type: 'rating',
  name: 'speaker',
  title: { default: 'Wie gut war die Referentin / der Referent?' },
  rateMin: 1,
  rateMax: 5,
};

describe('the feedback questionnaire', () => {
  it('starts from the standard questionnaire and changes only under the instrument’s checks', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar());
    const standard = (await actors.clients.coordinator.get(questionnairePath(offer.id)).expect(200))
      .body as FeedbackQuestionnaire;
    expect(standard).toMatchObject({ editable: true, answers: 0 });
    const pages = standard.json.pages as Array<{ elements: Array<Record<string, unknown>> }>;
    expect(pages[0]!.elements.map((q) => [q.name, q.type])).toEqual([
      ['overall', 'rating'],
      ['relevance', 'rating'],
      ['organisation', 'rating'],
      ['recommend', 'radiogroup'],
      ['comment', 'comment'],
    ]);

    // A question type the instrument does not offer is refused, naming the question.
    const unsupported = structuredClone(standard.json) as typeof standard.json;
    (unsupported.pages[0] as { elements: unknown[] }).elements.push({
      type: 'matrix',
      name: 'grid',
    });
    const refused = await actors.clients.coordinator.send('put', questionnairePath(offer.id), {
      json: unsupported,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.json.pages.0.elements.5.type',
        message: expect.stringContaining('"grid"'),
      }),
    ]);

    // Only organisers may change it.
    const added = structuredClone(standard.json) as typeof standard.json;
    (added.pages[0] as { elements: unknown[] }).elements.splice(3, 0, SPEAKER);
    await expectStatus(
      actors.clients.member.send('put', questionnairePath(offer.id), { json: added }),
      403,
    );
    expect((await actors.clients.coordinator.get(questionnairePath(offer.id))).body.json).toEqual(
      standard.json,
    );

    const saved = await expectStatus(
      actors.clients.coordinator.send('put', questionnairePath(offer.id), { json: added }),
      200,
    );
    expect(saved.body).toMatchObject({ editable: true, answers: 0, json: added });
  });

  it('checks answers by the instrument, takes one per participant and then freezes', async () => {
    const { offer, tokens, entries } = await seminarUnderWay(2);
    const added = (await actors.clients.coordinator.get(questionnairePath(offer.id))).body
      .json as FeedbackQuestionnaire['json'];
    (added.pages[0] as { elements: unknown[] }).elements.push(SPEAKER);
    await expectStatus(
      actors.clients.coordinator.send('put', questionnairePath(offer.id), { json: added }),
      200,
    );
    // The participant's form is the organiser's questionnaire.
    const form = await anon().get(answerPath(tokens[0]!)).expect(200);
    expect(form.body.json).toEqual(added);

    const good = { overall: 5, relevance: 4, organisation: 4, recommend: 'yes', speaker: 5 };
    const outOfRange = await anon().send('post', answerPath(tokens[0]!), {
      answers: { ...good, speaker: 7 },
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.fields).toEqual([
      {
        path: 'answers.speaker',
        message: 'answer to "speaker" is outside the question’s range (1, 2, 3, 4, 5)',
      },
    ]);
    const unknown = await anon().send('post', answerPath(tokens[0]!), {
      answers: { ...good, mood: 'gut' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]).toMatchObject({
      path: 'answers.mood',
      message: '"mood" is not a question of this questionnaire',
    });
    const missing = await anon().send('post', answerPath(tokens[0]!), {
      answers: { relevance: 4 },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path)).toContain(
      'answers.overall',
    );
    // Nothing stored, nothing claimed: the questionnaire may still change.
    expect(await TrainingFeedbackModel.countDocuments({ offerId: offer.id })).toBe(0);
    expect((await TrainingRegistrationModel.findById(entries[0]!.id))!.feedbackGiven).toBe(false);
    await expectStatus(
      actors.clients.coordinator.send('put', questionnairePath(offer.id), { json: added }),
      200,
    );

    // Two answers at once from the same link: exactly one is stored.
    const both = await Promise.all(
      [1, 2].map(() => anon().send('post', answerPath(tokens[0]!), { answers: good })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([204, 409]);
    expect((await anon().send('post', answerPath(tokens[0]!), { answers: good })).status).toBe(409);
    expect(await TrainingFeedbackModel.countDocuments({ offerId: offer.id })).toBe(1);

    // The first answer froze the questionnaire.
    const frozen = await actors.clients.coordinator.send('put', questionnairePath(offer.id), {
      json: added,
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toMatch(/frozen/);
    expect((await actors.clients.coordinator.get(questionnairePath(offer.id))).body).toMatchObject({
      editable: false,
      answers: 1,
    });
  });

  it('lets either a save or the first answer through when they arrive together, never both', async () => {
    for (let round = 0; round < 4; round += 1) {
      const { offer, tokens } = await seminarUnderWay(1);
      const json = (await actors.clients.coordinator.get(questionnairePath(offer.id))).body
        .json as FeedbackQuestionnaire['json'];
      const withoutComment = structuredClone(json);
      const page = withoutComment.pages[0] as { elements: Array<{ name: string }> };
      page.elements = page.elements.filter((q) => q.name !== 'comment');
      const [save, answer] = await Promise.all([
        actors.clients.coordinator.send('put', questionnairePath(offer.id), {
          json: withoutComment,
        }),
        anon().send('post', answerPath(tokens[0]!), {
          answers: { overall: 4, relevance: 4, organisation: 4, comment: 'Gut' },
        }),
      ]);
      // The save first: the comment is no question any more. The answer first: it froze.
      expect([
        [200, 400],
        [409, 204],
      ]).toContainEqual([save.status, answer.status]);
      const stored = await TrainingFeedbackModel.find({ offerId: offer.id }).lean();
      const current = (await actors.clients.coordinator.get(questionnairePath(offer.id))).body
        .json as FeedbackQuestionnaire['json'];
      expect(current).toEqual(save.status === 200 ? withoutComment : json);
      expect(stored).toHaveLength(answer.status === 204 ? 1 : 0);
    }
  });

  it('stores an answer with no link to the person, and only the day', async () => {
    const { offer, tokens, entries } = await seminarUnderWay(1);
    await expectStatus(
      anon().send('post', answerPath(tokens[0]!), {
        answers: { overall: 4, relevance: 4, organisation: 5, comment: 'Gern wieder' },
      }),
      204,
    );
    const stored = await TrainingFeedbackModel.collection.find({}).toArray();
    const mine = stored.filter((doc) => String(doc.offerId) === offer.id);
    expect(mine).toHaveLength(1);
    const doc = mine[0]!;
    expect(Object.keys(doc).sort()).toEqual(['_id', 'answers', 'offerId', 'submittedOn']);
    expect(typeof doc._id).toBe('string');
    expect(doc.submittedOn).toBe(new Date().toISOString().slice(0, 10));
    const text = JSON.stringify(doc);
    const registration = (await TrainingRegistrationModel.findById(entries[0]!.id).lean())!;
    for (const trace of [
      registration._id.toHexString(),
      registration.userId!.toHexString(),
      registration.email,
      registration.name,
      registration.checkInCode,
      tokens[0]!,
    ])
      expect(text).not.toContain(trace);
    expect(registration.feedbackGiven).toBe(true);
  });

  it('shows no figure under 10 answers and per-question results from 10 on', async () => {
    const { offer, tokens } = await seminarUnderWay(10);
    const answer = (overall: number, comment?: string) => ({
      answers: { overall, relevance: 4, organisation: 4, recommend: 'yes', comment },
    });
    for (const token of tokens.slice(0, 9))
      await expectStatus(anon().send('post', answerPath(token), answer(5, 'Sehr praxisnah')), 204);
    const nine = (await actors.clients.coordinator.get(`/api/training/offers/${offer.id}/feedback`))
      .body as FeedbackResults;
    expect(nine).toMatchObject({ answers: 9, minAnswers: 10, shown: false });
    for (const question of nine.questions)
      expect(question).toMatchObject({
        suppressed: true,
        answered: null,
        mean: null,
        counts: {},
        comments: [],
      });

    await expectStatus(anon().send('post', answerPath(tokens[9]!), answer(3)), 204);
    const ten = (await actors.clients.coordinator.get(`/api/training/offers/${offer.id}/feedback`))
      .body as FeedbackResults;
    expect(ten).toMatchObject({ answers: 10, shown: true });
    const byName = new Map(ten.questions.map((q) => [q.name, q]));
    expect(byName.get('overall')).toEqual({
      name: 'overall',
      title: 'Wie zufrieden waren Sie insgesamt?',
      type: 'rating',
      suppressed: false,
      answered: 10,
      mean: 4.8,
      counts: { '5': 9, '3': 1 },
      comments: [],
    });
    expect(byName.get('recommend')).toMatchObject({ counts: { yes: 10 }, mean: null });
    // Nine comments: fewer than 10 wrote one, so not even the organiser reads them.
    expect(byName.get('comment')).toMatchObject({ suppressed: true, comments: [] });
    // Results are the organiser's.
    await actors.clients.member.get(`/api/training/offers/${offer.id}/feedback`).expect(403);
  });

  it('gives the organiser the comments once 10 wrote one', async () => {
    const { offer, tokens } = await seminarUnderWay(10);
    for (const [i, token] of tokens.entries())
      await expectStatus(
        anon().send('post', answerPath(token), {
          answers: { overall: 4, relevance: 4, organisation: 4, comment: `Anmerkung ${i}` },
        }),
        204,
      );
    const results = (
      await actors.clients.coordinator.get(`/api/training/offers/${offer.id}/feedback`)
    ).body as FeedbackResults;
    const comment = results.questions.find((q) => q.name === 'comment')!;
    expect(comment).toMatchObject({ suppressed: false, answered: 10 });
    expect(comment.comments).toHaveLength(10);
    expect(comment.comments).toEqual([...comment.comments].sort());
  });
});
