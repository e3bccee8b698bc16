import { createUser } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { FundingModel } from '../../../server/src/programme/records.model';
import { createMunicipality, signedIn } from './support';

let app: TestServer;
let coordinator: ApiClient;
let advised: string;
let neverAdvised: string;

const application = {
  year: 2023,
  project: 'Legale Graffitiflächen',
  fieldOfAction: 'graffiti',
  amountRequested: 18_000,
  ownShare: 2_000,
  submittedOn: '2022-09-20',
  costItems: [{ label: 'Honorare', amount: 20_000, capital: false }],
};

beforeAll(async () => {
  app = await startTestServer();
  coordinator = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));
  advised = (
    await createMunicipality({ milestones: [{ kind: 'advised', date: '2021-03-01', note: '' }] })
  ).id;
  neverAdvised = (await createMunicipality()).id;
});
afterAll(() => app.close());

const rules = (body: { warnings: Array<{ rule: string }> }) =>
  body.warnings.map((w) => w.rule).sort();

describe('funding rules (docs/DOMAIN.md)', () => {
  it('stores a valid application without warnings', async () => {
    const res = await coordinator.send(
      'post',
      `/api/programme/municipalities/${advised}/funding`,
      application,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'applied', totalCost: 20_000, warnings: [] });
  });

  it('warns about every rule an application breaks while it is only applied for', async () => {
    const res = await coordinator.send(
      'post',
      `/api/programme/municipalities/${neverAdvised}/funding`,
      {
        ...application,
        ownShare: 1_000,
        submittedOn: '2022-11-02',
        costItems: [{ label: 'Kamera', amount: 19_000, capital: true }],
      },
    );
    expect(res.status).toBe(201);
    expect(rules(res.body)).toEqual([
      'application_window',
      'no_capital_spending',
      'own_share_min',
      'prior_advice',
    ]);
    expect(
      res.body.warnings.find((w: { rule: string }) => w.rule === 'own_share_min').message,
    ).toMatch(/at least 10 %/);
  });

  it('refuses to mark an application granted that breaks a hard rule, naming the rule and the field', async () => {
    const created = await coordinator.send(
      'post',
      `/api/programme/municipalities/${advised}/funding`,
      { ...application, ownShare: 1_500 },
    );
    const granted = await coordinator.send('patch', `/api/programme/funding/${created.body.id}`, {
      status: 'granted',
      statusDate: '2022-12-10',
    });
    expect(granted.status).toBe(400);
    expect(granted.body.error).toMatchObject({ id: 'validation_failed' });
    expect(granted.body.error.fields).toEqual([
      { path: 'body.ownShare', message: expect.stringMatching(/^own_share_min: /) },
    ]);
    expect((await FundingModel.findById(created.body.id).lean())?.status).toBe('applied');

    const fixed = await coordinator.send('patch', `/api/programme/funding/${created.body.id}`, {
      ownShare: 2_500,
      status: 'granted',
      statusDate: '2022-12-10',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      status: 'granted',
      amountGranted: 18_000,
      statusHistory: [{ status: 'applied' }, { status: 'granted', date: '2022-12-10' }],
    });
  });

  it('a late application may be granted by exception, with the window as a warning', async () => {
    const res = await coordinator.send('post', `/api/programme/municipalities/${advised}/funding`, {
      ...application,
      submittedOn: '2022-10-30',
      status: 'granted',
      statusDate: '2022-12-12',
      amountGranted: 20_000,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'body.amountGranted', message: expect.stringMatching(/^grant_exceeds_request/) },
    ]);
    const ok = await coordinator.send('post', `/api/programme/municipalities/${advised}/funding`, {
      ...application,
      submittedOn: '2022-10-30',
      status: 'granted',
      statusDate: '2022-12-12',
    });
    expect(ok.status).toBe(201);
    expect(rules(ok.body)).toEqual(['application_window']);
  });

  it('keeps the annual budget and what remains of it; a grant beyond it is a warning', async () => {
    const budget = await coordinator.send('put', '/api/programme/budgets/2023', { amount: 40_000 });
    expect(budget.status).toBe(200);
    expect(budget.body).toMatchObject({
      year: 2023,
      amount: 40_000,
      granted: 36_000,
      remaining: 4_000,
    });
    const over = await coordinator.send(
      'post',
      `/api/programme/municipalities/${advised}/funding`,
      { ...application, status: 'granted', statusDate: '2022-12-15' },
    );
    expect(rules(over.body)).toEqual(['budget_exceeded']);
    const figures = await coordinator.get('/api/programme/figures?asOf=2022-12-31').expect(200);
    expect(figures.body.funding).toEqual([
      expect.objectContaining({
        year: 2023,
        budget: 40_000,
        granted: 54_000,
        remaining: -14_000,
        byField: [expect.objectContaining({ fieldOfAction: 'graffiti' })],
      }),
    ]);
    const list = await coordinator.get('/api/programme/funding?year=2023').expect(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(5);
  });
});
