import { computeFigures, type WeightedUnit } from './compute';
import { weightedMean, weightedShare } from './statistics';

/** One battery of two 1–4 items (the second reversed) and a checkbox question. */
const json = {
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'radiogroup', name: 'a', title: 'A', choices: [1, 2, 3, 4], scale: 's' },
        {
          type: 'radiogroup',
          name: 'b',
          title: 'B',
          choices: [1, 2, 3, 4],
          scale: 's',
          reverse: true,
        },
        { type: 'checkbox', name: 'c', title: 'C', choices: ['x', 'y'] },
        { type: 'dropdown', name: 'district', title: 'D', choices: ['N', 'S'] },
        { type: 'comment', name: 'note', title: 'N' },
      ],
    },
  ],
};

// 40 units: weights 1…4 cycling, districts N (30) and S (10), sexes alternating.
const units: WeightedUnit[] = Array.from({ length: 40 }, (_, i) => ({
  answers: {
    ...(i % 7 === 0 ? {} : { a: 1 + (i % 4) }),
    b: 4 - (i % 4),
    c: i % 3 === 0 ? ['x', 'y'] : ['y'],
    district: i < 30 ? 'N' : 'S',
  },
  categories: { district: i < 30 ? 'N' : 'S', ageGroup: '35-44', sex: i % 2 ? 'm' : 'w' },
  weight: 1 + (i % 4),
}));
const categories = { district: ['N', 'S'], ageGroup: ['35-44'], sex: ['w', 'm'] };

describe('the figures of a questionnaire', () => {
  const figures = computeFigures(json, units, categories);

  it('matches the statistics functions for shares and means', () => {
    const a = figures.questions.find((q) => q.name === 'a')!;
    if (a.overall.suppressed) throw new Error('suppressed');
    const weights = units.map((u) => u.weight);
    const answered = units.map((u) => u.answers.a !== undefined);
    const share = weightedShare(
      weights,
      answered,
      units.map((u) => u.answers.a === 2),
    );
    const option = a.overall.options.find((o) => o.value === '2')!;
    expect(option.share).toBeCloseTo(share.share, 12);
    expect(option.interval.low).toBeCloseTo(share.interval.low, 12);
    expect(a.overall.nEff).toBeCloseTo(share.nEff, 12);
    const mean = weightedMean(
      weights,
      units.map((u) => (u.answers.a as number) ?? null),
    );
    expect(a.overall.mean!.mean).toBeCloseTo(mean.mean, 12);
    expect(a.overall.mean!.interval.high).toBeCloseTo(mean.interval.high, 9);
  });

  it('counts ticks of a checkbox among those who answered', () => {
    const c = figures.questions.find((q) => q.name === 'c')!;
    if (c.overall.suppressed) throw new Error('suppressed');
    expect(c.kind).toBe('multiple');
    expect(c.overall.options.find((o) => o.value === 'y')!.share).toBe(1);
  });

  it('leaves out free text and the stratum questions', () => {
    expect(figures.questions.map((q) => q.name)).toEqual(['a', 'b', 'c']);
  });

  it('suppresses the district S (9 answering a) and, beside it, N', () => {
    const a = figures.questions.find((q) => q.name === 'a')!;
    const byDistrict = a.breakdowns.find((b) => b.variable === 'district')!;
    // S: units 30–39, of which 35 skipped a → 9 answers
    expect(byDistrict.groups.map((g) => g.cell.suppressed)).toEqual([true, true]);
    const b = figures.questions.find((q) => q.name === 'b')!;
    expect(b.breakdowns[0]!.groups.map((g) => g.cell.suppressed)).toEqual([false, false]);
  });

  it('builds the index from the battery, reversing b', () => {
    const index = figures.indices[0]!;
    expect(index.items).toEqual([
      { name: 'a', reverse: false },
      { name: 'b', reverse: true },
    ]);
    // b = 5 − a wherever a is given: reversed, both items agree and alpha is 1.
    expect(index.alpha).toBeCloseTo(1, 12);
  });
});
