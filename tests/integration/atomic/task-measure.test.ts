import { PLAN_DOCUMENT, type Exchange, type Meeting } from '@pnetz/shared';
import { MeetingModel } from '../../../server/src/exchange/meeting.model';
import { createPlan } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from '../exchange/support';

let app: TestServer;
let actors: ExchangeActors;
let exchange: Exchange;

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  actors = await exchangeActors(app.url);
  exchange = await openExchange(actors);
});
afterAll(() => app.close());

describe('a follow-up task becomes one measure', () => {
  it('20 concurrent conversions of one task: exactly one measure, the rest 409', async () => {
    const created = await actors.clients.coordinator.send(
      'post',
      `/api/exchanges/${exchange.id}/meetings`,
      {
        title: 'Austauschtreffen Nachtleben',
        startsAt: '2030-05-02T14:00:00+02:00',
        location: 'Rathaus Glauchau',
        tasks: [{ title: 'Beleuchtung am Bahnhof prüfen', responsible: 'Mitglied B' }],
      },
    );
    expect(created.status).toBe(201);
    const meeting = created.body as Meeting;
    const task = meeting.tasks[0]!;
    const plan = await createPlan(actors.councils.b._id, actors.users.memberB.id);
    const planId = plan._id.toHexString();

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        actors.clients.memberB.send(
          'post',
          `/api/meetings/${meeting.id}/tasks/${task.id}/measure`,
          { planId },
        ),
      ),
    );
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const document = await app.server.documents.open(planId);
    try {
      const measures = document.doc.getArray(PLAN_DOCUMENT.measures).toArray();
      expect(measures).toHaveLength(1);
    } finally {
      app.server.documents.release(document);
    }
    const stored = await MeetingModel.findById(meeting.id).lean();
    expect(stored?.tasks[0]?.measure?.planId.toHexString()).toBe(planId);
  });
});
