import { checkFundingRules, type Day } from '@pnetz/shared';
import {
  computeFigures,
  computeTrend,
  municipalityStatuses,
  statusOn,
  type ProgrammeDataset,
} from './figures';
import { CHECKPOINTS, buildDemoProgramme } from './seed/dataset';
import type { SeedProgramme } from './seed/types';

/** The demo programme as the figures see it (names serve as ids). */
function asDataset(seed: SeedProgramme): ProgrammeDataset {
  return {
    municipalities: seed.municipalities.map((m) => ({ ...m, id: m.name, workspaceId: null })),
    agreements: seed.agreements.map((a) => ({ ...a, municipalityId: a.municipality })),
    coachings: seed.coachings.map((c) => ({ ...c, municipalityId: c.municipality })),
    analyses: seed.analyses.map((a) => ({ ...a, municipalityId: a.municipality })),
    funding: seed.funding.map((f) => ({ ...f, municipalityId: f.municipality })),
    budgets: seed.budgets,
  };
}

const seed = buildDemoProgramme();
const dataset = asDataset(seed);

describe('programme figures on the demo data equal the published figures (docs/DOMAIN.md)', () => {
  it('May 2021: 109 municipalities advised, 22 councils', () => {
    const figures = computeFigures(dataset, CHECKPOINTS.may2021);
    expect(figures.municipalities.advised).toBe(109);
    expect(figures.councils.municipalities).toBe(22);
  });

  it('November 2021: 126 contacted, 26 councils + 2 districts, 29 agreements, 32 coaching processes', () => {
    const figures = computeFigures(dataset, CHECKPOINTS.nov2021);
    expect(figures.municipalities.contacted).toBe(126);
    expect(figures.councils).toEqual({ municipalities: 26, districts: 2 });
    expect(figures.agreements).toBe(29);
    expect(figures.coaching.total).toBe(32);
  });

  it('2022: 132 advised, 53 in close cooperation, 27 councils, 36 agreements, 37 coaching, 25 analyses', () => {
    const figures = computeFigures(dataset, CHECKPOINTS.end2022);
    expect(figures.municipalities.advised).toBe(132);
    expect(figures.municipalities.closeCooperation).toBe(53);
    expect(figures.councils.municipalities).toBe(27);
    expect(figures.agreements).toBe(36);
    expect(figures.coaching.total).toBe(37);
    expect(figures.analyses.total).toBe(25);
    expect(Object.values(figures.analyses.byStatus).reduce((a, b) => a + b, 0)).toBe(25);
  });

  it('is generated the same way on every start', () => {
    expect(JSON.stringify(buildDemoProgramme())).toBe(JSON.stringify(seed));
  });
});

describe('demo data is consistent', () => {
  const advisedOn = new Map(
    seed.municipalities.map((m) => [
      m.name,
      m.milestones.find((x) => x.kind === 'advised')?.date ?? null,
    ]),
  );

  it('keeps the press-release facts: Glauchau agreement on 18 May 2021, graffiti grant of 29,250 EUR', () => {
    expect(seed.agreements).toContainEqual(
      expect.objectContaining({ municipality: 'Glauchau', date: '2021-05-18' }),
    );
    expect(seed.funding).toContainEqual(
      expect.objectContaining({
        municipality: 'Glauchau',
        amountGranted: 29_250,
        fieldOfAction: 'graffiti',
      }),
    );
    expect(seed.agreements.find((a) => a.municipality === 'Königswartha')?.date.slice(0, 4)).toBe(
      '2022',
    );
  });

  it('every municipality is contacted before it is advised, and advised before anything else happens', () => {
    for (const m of seed.municipalities) {
      const contacted = m.milestones.find((x) => x.kind === 'contacted')?.date;
      const advised = advisedOn.get(m.name);
      if (advised) expect(contacted! <= advised).toBe(true);
      for (const other of m.milestones.filter(
        (x) => x.kind === 'council' || x.kind === 'close_cooperation',
      )) {
        if (m.kind === 'municipality') expect(advised != null && advised <= other.date).toBe(true);
      }
    }
    const after = (name: string, day: Day) => (advisedOn.get(name) ?? '9999') <= day;
    for (const a of seed.agreements) expect(after(a.municipality, a.date)).toBe(true);
    for (const c of seed.coachings) expect(after(c.municipality, c.start)).toBe(true);
    for (const a of seed.analyses)
      expect(after(a.municipality, a.statusHistory[0]!.date)).toBe(true);
  });

  it('grants follow the funding rules and stay within each year’s budget', () => {
    for (const f of seed.funding) {
      const status = f.statusHistory.at(-1)!.status;
      const issues = checkFundingRules(
        { ...f, status },
        { advisedOn: advisedOn.get(f.municipality) ?? null, budgetRemaining: null },
      );
      if (status === 'granted' || status === 'settled') expect(issues).toEqual([]);
    }
    const figures = computeFigures(dataset, '2026-06-30');
    for (const year of figures.funding) expect(year.remaining).toBeGreaterThanOrEqual(0);
    const rules = seed.funding.flatMap((f) =>
      checkFundingRules(
        { ...f, status: f.statusHistory.at(-1)!.status },
        { advisedOn: advisedOn.get(f.municipality) ?? null, budgetRemaining: null },
      ).map((issue) => issue.rule),
    );
    expect(new Set(rules)).toEqual(
      new Set(['application_window', 'own_share_min', 'no_capital_spending']),
    );
  });
});

describe('figures computation', () => {
  const base: ProgrammeDataset = {
    municipalities: [
      {
        id: 'a',
        name: 'Aue',
        kind: 'municipality',
        district: 'Erzgebirgskreis',
        population: null,
        lat: 50.6,
        lon: 12.7,
        policeDirectorate: '',
        workspaceId: null,
        milestones: [
          { kind: 'contacted', date: '2020-01-01' },
          { kind: 'advised', date: '2020-02-01' },
        ],
      },
    ],
    agreements: [
      { municipalityId: 'a', date: '2020-03-01', status: 'signed' },
      { municipalityId: 'a', date: '2020-04-01', status: 'draft' },
    ],
    coachings: [{ municipalityId: 'a', start: '2020-05-01', end: '2020-12-31' }],
    analyses: [
      {
        municipalityId: 'a',
        statusHistory: [
          { status: 'agreed', date: '2020-06-01' },
          { status: 'survey', date: '2020-07-01' },
        ],
      },
    ],
    funding: [
      {
        municipalityId: 'a',
        year: 2021,
        fieldOfAction: 'graffiti',
        amountRequested: 1000,
        amountGranted: 900,
        submittedOn: '2020-09-10',
        statusHistory: [
          { status: 'applied', date: '2020-09-10' },
          { status: 'granted', date: '2020-12-01' },
        ],
      },
    ],
    budgets: [{ year: 2021, amount: 5000 }],
  };

  it('counts each record only from its date on, and statuses as they were on the day', () => {
    expect(computeFigures(base, '2019-12-31').municipalities).toEqual({
      registered: 1,
      contacted: 0,
      advised: 0,
      closeCooperation: 0,
    });
    const summer = computeFigures(base, '2020-06-15');
    expect(summer.agreements).toBe(1);
    expect(summer.coaching).toEqual({ total: 1, running: 1, finished: 0 });
    expect(summer.analyses.byStatus.agreed).toBe(1);
    const winter = computeFigures(base, '2020-12-31');
    expect(winter.coaching).toEqual({ total: 1, running: 0, finished: 1 });
    expect(winter.analyses.byStatus).toMatchObject({ agreed: 0, survey: 1 });
    expect(winter.funding).toEqual([
      expect.objectContaining({
        year: 2021,
        budget: 5000,
        requested: 1000,
        granted: 900,
        remaining: 4100,
      }),
    ]);
    expect(computeFigures(base, '2020-11-30').funding[0]).toMatchObject({
      requested: 1000,
      granted: 0,
    });
  });

  it('gives each municipality its elements for the map', () => {
    expect(municipalityStatuses(base, '2020-06-15')[0]).toMatchObject({
      elements: ['advised', 'agreement', 'coaching', 'analysis'],
      agreementOn: '2020-03-01',
      coaching: 'running',
      analysis: 'agreed',
    });
  });

  it('has a trend point at every month end and on the day itself', () => {
    const trend = computeTrend(base, '2020-03-15');
    expect(trend[0]!.date).toBe('2019-02-28');
    expect(trend.at(-1)).toMatchObject({ date: '2020-03-15', advised: 1, agreements: 1 });
    expect(trend.at(-2)!.date).toBe('2020-02-29');
  });

  it('takes the latest status on or before the day', () => {
    expect(
      statusOn(
        [
          { status: 'a', date: '2020-01-01' },
          { status: 'b', date: '2020-02-01' },
        ],
        '2020-01-31',
      ),
    ).toBe('a');
    expect(statusOn([{ status: 'a', date: '2020-01-01' }], '2019-12-31')).toBeNull();
  });
});
