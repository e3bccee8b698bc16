import fs from 'node:fs';
import path from 'node:path';
import {
  StatisticsError,
  kish,
  rake,
  rakeAndTrim,
  scale,
  weightedMean,
  weightedShare,
  wilson,
  type Margin,
} from './statistics';

/**
 * A: man, young; B: man, old; C and D: women, old. Register: 50 men, 50 women; 40 young, 60 old.
 *
 * Round 1, sex: men sum 2 → ×25, women sum 2 → ×25: 25, 25, 25, 25.
 *          age: young 25 → ×1.6 (A = 40); old 75 → ×0.8 (B = C = D = 20).
 * Round 2, sex: men 60 → ×5/6 (A = 33.33, B = 16.67); women 40 → ×1.25 (C = D = 25).
 *          age: young 33.33 → ×1.2 (A = 40); old 66.67 → ×0.9 (B = 15, C = D = 22.5) …
 * The fixed point: A alone is young, so A = 40; men: B = 50 − 40 = 10; women: C = D = 25.
 */
const units = [
  { sex: 'm', age: 'young' },
  { sex: 'm', age: 'old' },
  { sex: 'w', age: 'old' },
  { sex: 'w', age: 'old' },
];
const margins: Margin[] = [
  { variable: 'sex', targets: { m: 50, w: 50 } },
  { variable: 'age', targets: { young: 40, old: 60 } },
];

describe('raking by hand', () => {
  it('meets both margins with the weights 40, 10, 25, 25', () => {
    const { weights, iterations } = rake(units, margins, undefined, { tolerance: 1e-10 });
    [40, 10, 25, 25].forEach((expected, i) => expect(weights[i]).toBeCloseTo(expected, 8));
    expect(iterations).toBeGreaterThan(2);
  });

  it('does not stop after one round: its factors are still far from 1', () => {
    expect(() => rake(units, margins, undefined, { maxIterations: 1 })).toThrow(StatisticsError);
  });

  it('gives a Kish design effect of 4 / (100² / 2950)', () => {
    // Σw = 100, Σw² = 1600 + 100 + 625 + 625 = 2950, n_eff = 10000 / 2950 = 3.3898…
    const result = kish([40, 10, 25, 25]);
    expect(result.nEff).toBeCloseTo(10000 / 2950, 12);
    expect(result.deff).toBeCloseTo(4 / (10000 / 2950), 12);
  });

  it('cannot trim A below 1.5 × the mean: A alone carries the 40 young residents', () => {
    // mean 25, cap 37.5 < 40; re-raking lifts A to 40 every time
    let error: unknown;
    try {
      rakeAndTrim(units, margins, 1.5);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StatisticsError);
    expect((error as StatisticsError).problem).toBe('cap_unreachable');
    expect((error as StatisticsError).margin).toBe('age');
    expect((error as StatisticsError).category).toBe('young');
  });

  it('leaves the weights alone under a cap of 2 (40 ≤ 2 × 25)', () => {
    const result = rakeAndTrim(units, margins, 2, undefined, { tolerance: 1e-10 });
    expect(result.trimmed).toBe(0);
    expect(result.weights[0]).toBeCloseTo(40, 8);
  });
});

describe('bad margins', () => {
  const problem = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof StatisticsError)
        return {
          problem: error.problem,
          margin: error.margin,
          category: error.category,
          message: error.message,
        };
      throw error;
    }
    throw new Error('no error');
  };

  it('refuses margins that do not sum to the same total, naming the margin', () => {
    const bad = [margins[0]!, { variable: 'age', targets: { young: 40, old: 61 } }];
    expect(problem(() => rake(units, bad))).toMatchObject({
      problem: 'margin_totals',
      margin: 'age',
      message: expect.stringContaining('"sex" sums to 100, "age" to 101'),
    });
  });

  it('names a category with residents but no respondents instead of looping', () => {
    const bad = [margins[0]!, { variable: 'age', targets: { young: 30, old: 60, middle: 10 } }];
    expect(problem(() => rake(units, bad))).toMatchObject({
      problem: 'empty_category',
      margin: 'age',
      category: 'middle',
      message: expect.stringContaining('10 residents but no respondents'),
    });
  });

  it('names a category with respondents but no residents', () => {
    const bad = [{ variable: 'sex', targets: { m: 100, w: 0 } }, margins[1]!];
    expect(problem(() => rake(units, bad))).toMatchObject({
      problem: 'unknown_category',
      margin: 'sex',
      category: 'w',
    });
  });

  it('refuses an empty survey', () => {
    expect(problem(() => rake([], margins))).toMatchObject({ problem: 'no_respondents' });
  });

  it('says which margin did not converge', () => {
    // Three strata whose margins are only met in the limit (a weight tends to 0).
    const tight = [
      { a: 'x', b: 'x' },
      { a: 'x', b: 'y' },
      { a: 'y', b: 'y' },
    ];
    const targets: Margin[] = [
      { variable: 'a', targets: { x: 50, y: 50 } },
      { variable: 'b', targets: { x: 50, y: 50 } },
    ];
    expect(problem(() => rake(tight, targets, undefined, { maxIterations: 20 }))).toMatchObject({
      problem: 'no_convergence',
      message: expect.stringContaining('did not converge in 20 rounds'),
    });
  });
});

describe('intervals and means by hand', () => {
  it('gives Wilson [0.4038, 0.5962] for 50 of 100', () => {
    // z² = 3.8416; centre (0.5 + 0.019208) / 1.038416 = 0.5;
    // half 1.96 · √(0.0025 + 0.00009604) / 1.038416 = 0.0961698
    const { low, high } = wilson(0.5, 100);
    const half = (1.96 * Math.sqrt(0.0025 + 3.8416 / 40000)) / 1.038416;
    expect(low).toBeCloseTo(0.5 - half, 12);
    expect(high).toBeCloseTo(0.5 + half, 12);
    expect(low).toBeCloseTo(0.4038, 4);
  });

  it('keeps a share of 0 inside [0, 1]', () => {
    // centre z²/2n / (1 + z²/n) = half-width: the interval starts at 0
    const { low, high } = wilson(0, 12);
    expect(low).toBe(0);
    expect(high).toBeCloseTo((2 * (3.8416 / 24)) / (1 + 3.8416 / 12), 12);
  });

  it('weights a share: A and C say yes → 65 / 100 on n_eff 3.39', () => {
    const result = weightedShare(
      [40, 10, 25, 25],
      [true, true, true, true],
      [true, false, true, false],
    );
    expect(result.share).toBeCloseTo(0.65, 12);
    expect(result.nEff).toBeCloseTo(10000 / 2950, 12);
    expect(result.interval).toEqual(wilson(0.65, 10000 / 2950));
  });

  it('leaves those who did not answer out of the base', () => {
    const result = weightedShare(
      [40, 10, 25, 25],
      [true, false, true, true],
      [true, true, false, false],
    );
    // 40 / (40 + 25 + 25)
    expect(result.share).toBeCloseTo(40 / 90, 12);
    expect(result.n).toBe(3);
  });

  it('weights a mean: 1, 2, 3, 4 with 40, 10, 25, 25 → 2.35', () => {
    // m = (40 + 20 + 75 + 100) / 100 = 2.35
    // Σw(x − m)² / Σw = (40·1.8225 + 10·0.1225 + 25·0.4225 + 25·2.7225) / 100 = 1.5275
    // × n_eff / (n_eff − 1) = × 10000 / 7050; over n_eff = 10000 / 2950
    const result = weightedMean([40, 10, 25, 25], [1, 2, 3, 4]);
    const half = 1.96 * Math.sqrt((1.5275 * (10000 / 7050)) / (10000 / 2950));
    expect(result.mean).toBeCloseTo(2.35, 12);
    expect(result.interval.low).toBeCloseTo(2.35 - half, 12);
    expect(result.interval.high).toBeCloseTo(2.35 + half, 12);
  });
});

describe("Cronbach's alpha by hand", () => {
  // Items 1..4; the third is worded the other way round and stored reversed (5 − x).
  // After reversal: (1,2,2) (2,2,3) (3,4,3) (4,4,4)
  // item variances 5/3, 4/3, 2/3 (sum 11/3); sums 5, 7, 10, 12 → variance 29/3
  // α = 3/2 · (1 − 11/29) = 27/29
  const items = [
    { values: [1, 2, 3, 4], min: 1, max: 4, reverse: false },
    { values: [2, 2, 4, 4], min: 1, max: 4, reverse: false },
    { values: [3, 2, 2, 1], min: 1, max: 4, reverse: true },
  ];

  it('reverses the marked item and gives 27/29', () => {
    const result = scale(items);
    expect(result.alpha).toBeCloseTo(27 / 29, 12);
    expect(result.scores).toEqual([5 / 3, 7 / 3, 10 / 3, 4]);
  });

  it('gives a different alpha when the reversal is forgotten', () => {
    const result = scale(items.map((item) => ({ ...item, reverse: false })));
    expect(result.alpha).not.toBeCloseTo(27 / 29, 2);
  });

  it('leaves out units that skipped an item', () => {
    const result = scale([
      { ...items[0]!, values: [1, 2, 3, 4, 1] },
      { ...items[1]!, values: [2, 2, 4, 4, null] },
      { ...items[2]!, values: [3, 2, 2, 1, 4] },
    ]);
    expect(result.complete).toBe(4);
    expect(result.alpha).toBeCloseTo(27 / 29, 12);
    expect(result.scores[4]).toBeNull();
  });
});

interface Fixture {
  tolerance: number;
  units: Array<Record<string, string>>;
  margins: Margin[];
  answered: boolean[];
  unsafe: boolean[];
  battery: Array<Array<number | null>>;
  reverse: boolean[];
  raked: { weights: number[]; iterations: number; kish: { nEff: number; deff: number } };
  trimmed: {
    cap: number;
    weights: number[];
    iterations: number;
    trimRounds: number;
    trimmed: number;
    kish: { nEff: number; deff: number };
  };
  unsafeShare: { share: number; interval: { low: number; high: number }; n: number; nEff: number };
  itemMean: { mean: number; interval: { low: number; high: number }; n: number; nEff: number };
  alpha: { alpha: number; complete: number };
  wilson: Array<{ p: number; n: number; interval: { low: number; high: number } }>;
}

/** Produced once by tests/fixtures/analysis/weighting_fixture.py (see its docstring). */
const fixture = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '../../../../tests/fixtures/analysis/weighting-fixture.json'),
    'utf8',
  ),
) as Fixture;

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('against the second implementation (Python fixture)', () => {
  const options = { tolerance: fixture.tolerance };

  it(`rakes ${fixture.units.length} respondents to the same weights`, () => {
    const result = rake(fixture.units, fixture.margins, undefined, options);
    expect(result.iterations).toBe(fixture.raked.iterations);
    result.weights.forEach((w, i) => close(w, fixture.raked.weights[i]!));
    const k = kish(result.weights);
    close(k.nEff, fixture.raked.kish.nEff);
    close(k.deff, fixture.raked.kish.deff);
  });

  it('trims at the same cap to the same weights, rounds and design effect', () => {
    const result = rakeAndTrim(
      fixture.units,
      fixture.margins,
      fixture.trimmed.cap,
      undefined,
      options,
    );
    expect(result.iterations).toBe(fixture.trimmed.iterations);
    expect(result.trimRounds).toBe(fixture.trimmed.trimRounds);
    expect(result.trimmed).toBe(fixture.trimmed.trimmed);
    result.weights.forEach((w, i) => close(w, fixture.trimmed.weights[i]!));
    close(kish(result.weights).deff, fixture.trimmed.kish.deff);
  });

  it('gives the same weighted share, mean and intervals', () => {
    const weights = fixture.raked.weights;
    const share = weightedShare(weights, fixture.answered, fixture.unsafe);
    close(share.share, fixture.unsafeShare.share);
    close(share.nEff, fixture.unsafeShare.nEff);
    close(share.interval.low, fixture.unsafeShare.interval.low);
    close(share.interval.high, fixture.unsafeShare.interval.high);
    expect(share.n).toBe(fixture.unsafeShare.n);
    const itemMean = weightedMean(weights, fixture.battery[0]!);
    close(itemMean.mean, fixture.itemMean.mean);
    close(itemMean.interval.low, fixture.itemMean.interval.low);
    close(itemMean.interval.high, fixture.itemMean.interval.high);
  });

  it('gives the same Wilson intervals', () => {
    for (const { p, n, interval } of fixture.wilson) {
      const result = wilson(p, n);
      close(result.low, interval.low);
      close(result.high, interval.high);
    }
  });

  it("gives the same Cronbach's alpha with the reversed item", () => {
    const result = scale(
      fixture.battery.map((values, j) => ({
        values,
        min: 1,
        max: 4,
        reverse: fixture.reverse[j]!,
      })),
    );
    expect(result.complete).toBe(fixture.alpha.complete);
    close(result.alpha!, fixture.alpha.alpha);
  });
});
