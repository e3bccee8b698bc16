import { requiredSample } from '@pnetz/shared';
import { xoroshiro128plus } from 'pure-rand';
import { allocate, drawStrata, largestRemainder, pick, seedNumber } from './sampling';

describe('largest remainder', () => {
  it('splits 10 over 50/30/20/7 residents as 5/3/2/0', () => {
    // exact shares 4.673, 2.804, 1.869, 0.654: floors 4/2/1/0 leave 3 units for the
    // remainders .869, .804, .673
    expect(largestRemainder(10, [50, 30, 20, 7])).toEqual([5, 3, 2, 0]);
  });

  it('gives ties to the earlier stratum', () => {
    expect(largestRemainder(1, [10, 10])).toEqual([1, 0]);
  });
});

describe('allocation with a minimum per stratum', () => {
  it('fixes the small stratum at its minimum and shares the rest proportionally', () => {
    // 7 residents would get 0; fixed at 2, the other 8 go 4/2.4/1.6 → 4/2/2
    expect(allocate(10, [50, 30, 20, 7], 'minimum', 2)).toEqual([4, 2, 2, 2]);
  });

  it('takes everyone from a stratum smaller than the minimum', () => {
    expect(allocate(6, [100, 1], 'minimum', 3)).toEqual([5, 1]);
  });

  it('refuses a sample larger than the register', () => {
    expect(() => allocate(11, [5, 5], 'proportional')).toThrow('The request is invalid');
  });

  it('refuses minimums that do not fit into the sample', () => {
    expect(() => allocate(5, [10, 10, 10], 'minimum', 2)).toThrow('The request is invalid');
  });
});

describe('seeded draw', () => {
  const strata = [
    { district: 'Nord', ageGroup: '16-24' as const, sex: 'w' as const, count: 3 },
    { district: 'Süd', ageGroup: '75+' as const, sex: 'm' as const, count: 2 },
  ].map((s, k) => ({ ...s, members: Array.from({ length: 20 }, (_, i) => k * 100 + i) }));

  it('gives the same sample for the same seed and another for another seed', () => {
    const first = drawStrata(strata, 'Glauchau 2026');
    expect(drawStrata(strata, 'Glauchau 2026')).toEqual(first);
    expect(drawStrata(strata, 'Glauchau 2027')).not.toEqual(first);
    expect(first.filter((m) => m < 100)).toHaveLength(3);
    expect(first.filter((m) => m >= 100)).toHaveLength(2);
  });

  it('draws without replacement', () => {
    const drawn = pick([1, 2, 3, 4, 5], 5, xoroshiro128plus(seedNumber('x')));
    expect([...drawn].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('sample size calculator', () => {
  it('needs 385 respondents and 963 letters for ±5 points at 40 % return', () => {
    // 1.96² · 0.25 / 0.05² = 384.16 → 385; 385 / 0.4 = 962.5 → 963
    expect(requiredSample({ margin: 0.05, returnRate: 0.4 })).toEqual({
      respondents: 385,
      letters: 963,
    });
  });

  it('applies the finite population correction for 3,300 residents', () => {
    // 384.16 / (1 + 383.16 / 3300) = 344.196 → 345; 345 / 0.4 = 862.5 → 863
    expect(requiredSample({ margin: 0.05, returnRate: 0.4, population: 3300 })).toEqual({
      respondents: 345,
      letters: 863,
    });
  });
});
