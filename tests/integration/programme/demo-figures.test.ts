import pino from 'pino';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let coordinator: ApiClient;

beforeAll(async () => {
  app = await startTestServer();
  await seedDemoData(pino({ level: 'silent' }));
  coordinator = new ApiClient(app.url);
  await coordinator.login('koordination@lpr.example', DEMO_PASSWORD);
}, 60_000);
afterAll(() => app.close());

const figures = async (asOf: string) =>
  (await coordinator.get(`/api/programme/figures?asOf=${asOf}`).expect(200)).body;

describe('the dashboard on demo data shows the published figures (docs/DOMAIN.md)', () => {
  it('May 2021: 109 advised, 22 councils', async () => {
    const f = await figures('2021-05-31');
    expect([f.municipalities.advised, f.councils.municipalities]).toEqual([109, 22]);
  });

  it('November 2021: 126 contacted, 26 councils + 2 districts, 29 agreements, 32 coaching processes', async () => {
    const f = await figures('2021-11-30');
    expect([
      f.municipalities.contacted,
      f.councils.municipalities,
      f.councils.districts,
      f.agreements,
      f.coaching.total,
    ]).toEqual([126, 26, 2, 29, 32]);
  });

  it('2022: 132 advised, 53 close cooperation, 27 councils, 36 agreements, 37 coaching, 25 analyses', async () => {
    const f = await figures('2022-12-31');
    expect([
      f.municipalities.advised,
      f.municipalities.closeCooperation,
      f.councils.municipalities,
      f.agreements,
      f.coaching.total,
      f.analyses.total,
    ]).toEqual([132, 53, 27, 36, 37, 25]);
  });

  it('links demo councils to their municipality and Glauchau’s analysis to its plan measures', async () => {
    const member = new ApiClient(app.url);
    await member.login('polizei@glauchau.example', DEMO_PASSWORD);
    const mine = (await member.get('/api/programme/mine').expect(200)).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0].municipality).toMatchObject({
      name: 'Glauchau',
      workspaceName: 'Kommunaler Präventionsrat Glauchau',
    });
    expect(mine[0].agreements[0].date).toBe('2021-05-18');
    expect(mine[0].funding).toContainEqual(
      expect.objectContaining({ amountGranted: 29_250, fieldOfAction: 'graffiti' }),
    );
    const linked = mine[0].analyses[0].recommendations.flatMap(
      (r: { measures: Array<{ title: string }> }) => r.measures.map((m) => m.title),
    );
    expect(linked).toEqual(expect.arrayContaining([expect.stringContaining('Graffiti')]));
  });
});
