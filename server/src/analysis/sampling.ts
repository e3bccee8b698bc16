import { createHash } from 'node:crypto';
import type { SampleAllocation, Stratum } from '@pnetz/shared';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { validationFailed } from '../errors';

/** A stratum's identity as one string: district × age group × sex. */
export const stratumKey = (s: Stratum) => `${s.district}\u0000${s.ageGroup}\u0000${s.sex}`;

/**
 * Splits `n` over strata in proportion to their sizes (n·N_h/N), rounding so the parts sum to n:
 * everyone gets the floor, and the left-over units go to the largest fractional remainders (ties
 * to the earlier stratum, so the result never depends on sort instability).
 */
export function largestRemainder(n: number, sizes: readonly number[]): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0 || n === 0) return sizes.map(() => 0);
  const exact = sizes.map((size) => (n * size) / total);
  const parts = exact.map(Math.floor);
  let left = n - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Sample sizes per stratum. `proportional`: largest remainder. `minimum`: every stratum gets at
 * least `minimum` (or all its residents, if fewer), the rest is shared proportionally among the
 * strata above their minimum; strata that fall below it are fixed and the rest shared again.
 */
export function allocate(
  n: number,
  sizes: readonly number[],
  allocation: SampleAllocation,
  minimum = 0,
): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (n > total)
    throw validationFailed([
      { path: 'body.size', message: `the register holds only ${total} residents` },
    ]);
  if (allocation === 'proportional' || minimum === 0) return largestRemainder(n, sizes);
  const floor = sizes.map((size) => Math.min(minimum, size));
  if (floor.reduce((sum, f) => sum + f, 0) > n)
    throw validationFailed([
      {
        path: 'body.minimumPerStratum',
        message: `${sizes.length} strata × ${minimum} exceed the sample size ${n}`,
      },
    ]);
  const fixed = new Set<number>();
  for (;;) {
    const free = sizes.map((_, i) => i).filter((i) => !fixed.has(i));
    const remaining = n - [...fixed].reduce((sum, i) => sum + floor[i]!, 0);
    const shares = largestRemainder(
      remaining,
      free.map((i) => sizes[i]!),
    );
    const below = free.filter((i, k) => shares[k]! < floor[i]!);
    if (below.length === 0) {
      const result = sizes.map((_, i) => floor[i]!);
      free.forEach((i, k) => (result[i] = shares[k]!));
      return result;
    }
    for (const i of below) fixed.add(i);
  }
}

/** A 32-bit seed for the generator from any text; the same text always gives the same draw. */
export function seedNumber(seed: string): number {
  return createHash('sha256').update(seed, 'utf8').digest().readInt32BE(0);
}

/**
 * Picks `count` of `items` without replacement (a partial Fisher–Yates shuffle) with the
 * seeded generator. `items` must come in a fixed order (e.g. by register line).
 */
export function pick<T>(
  items: readonly T[],
  count: number,
  rng: ReturnType<typeof xoroshiro128plus>,
): T[] {
  const pool = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = unsafeUniformIntDistribution(i, pool.length - 1, rng);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export interface StratumPlan<T> extends Stratum {
  members: readonly T[];
  count: number;
}

/**
 * Draws within each stratum in the given order with one generator seeded from `seed`. The caller
 * passes strata sorted by their key and members sorted by line, so a seed fixes the sample.
 */
export function drawStrata<T>(strata: ReadonlyArray<StratumPlan<T>>, seed: string): T[] {
  const rng = xoroshiro128plus(seedNumber(seed));
  return strata.flatMap((stratum) => pick(stratum.members, stratum.count, rng));
}
