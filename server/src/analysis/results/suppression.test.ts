import { suppressedCells } from './suppression';

describe('small-group suppression', () => {
  it('hides cells under 10 respondents', () => {
    expect(suppressedCells([12, 9, 4, 30])).toEqual([false, true, true, false]);
  });

  it('hides the smallest other cell when only one is under 10 (no total minus the others)', () => {
    // total 50: with 9 alone hidden, 50 − 12 − 29 would give it away
    expect(suppressedCells([12, 9, 29])).toEqual([true, true, false]);
  });

  it('hides nothing when every cell has 10 or more', () => {
    expect(suppressedCells([10, 10])).toEqual([false, false]);
  });

  it('hides a lone cell under 10', () => {
    expect(suppressedCells([3])).toEqual([true]);
  });
});
