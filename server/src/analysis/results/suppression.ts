import { RESULTS_LIMITS } from '@pnetz/shared';

/**
 * Small-group protection for a set of cells that add up to a known total (a breakdown): primary
 * suppression hides every cell resting on fewer than `minimum` respondents; when exactly one cell
 * of the set is hidden, the smallest other one is hidden too, so the hidden one cannot be
 * computed as the total minus the others. Returns which cells to hide.
 */
export function suppressedCells(
  counts: readonly number[],
  minimum: number = RESULTS_LIMITS.minimumCell,
): boolean[] {
  const hidden = counts.map((n) => n < minimum);
  const shown = counts.map((n, i) => ({ n, i })).filter(({ i }) => !hidden[i]);
  if (hidden.filter(Boolean).length === 1 && shown.length > 0) {
    const smallest = shown.reduce((a, b) => (b.n < a.n ? b : a));
    hidden[smallest.i] = true;
  }
  return hidden;
}
