// Long by design: the survey method's formulas as one module of pure functions, read beside the
// method they implement and checked together by one test file against one fixture.
/**
 * The numbers a security analysis reports, as pure functions (no I/O): raking to the register's
 * margins, weight trimming, Kish's design effect, weighted shares and means with 95 % intervals,
 * and Cronbach's alpha. The formulas follow the survey method the programme uses; every function
 * is checked against a hand-computed example and against a second implementation's fixture.
 */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.96;

export type StatisticsProblem =
  | 'no_respondents'
  | 'margin_totals'
  | 'empty_category'
  | 'unknown_category'
  | 'no_convergence'
  | 'cap_unreachable'
  | 'invalid_weight';

/** Bad input or a weighting that cannot be done; `margin` and `category` name the cause. */
export class StatisticsError extends Error {
  constructor(
    readonly problem: StatisticsProblem,
    message: string,
    readonly margin?: string,
    readonly category?: string,
  ) {
    super(message);
    this.name = 'StatisticsError';
  }
}

/** One margin variable: its population count per category (e.g. residents per district). */
export interface Margin {
  variable: string;
  targets: Readonly<Record<string, number>>;
}

export interface RakingOptions {
  /** Stop when every factor of a full round lies within this of 1 (default 1e-6). */
  tolerance?: number;
  /** Rounds over all margins before giving up (default 100). */
  maxIterations?: number;
}

export interface RakingResult {
  weights: number[];
  /** Full rounds over all margins until the factors were within the tolerance. */
  iterations: number;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Checks that margins agree on the total and every unit's category has a target and vice versa. */
function checkMargins(units: ReadonlyArray<Readonly<Record<string, string>>>, margins: Margin[]) {
  if (units.length === 0) throw new StatisticsError('no_respondents', 'There are no respondents');
  if (margins.length === 0) return;
  const totals = margins.map((margin) => sum(Object.values(margin.targets)));
  const first = totals[0]!;
  margins.forEach((margin, index) => {
    const total = totals[index]!;
    if (Math.abs(total - first) > 1e-9 * Math.max(1, Math.abs(first)))
      throw new StatisticsError(
        'margin_totals',
        `The margins do not sum to the same total: "${margins[0]!.variable}" sums to ${first}, ` +
          `"${margin.variable}" to ${total}`,
        margin.variable,
      );
    for (const [category, target] of Object.entries(margin.targets))
      if (!Number.isFinite(target) || target < 0)
        throw new StatisticsError(
          'margin_totals',
          `Margin "${margin.variable}", category "${category}": ${target} is not a count`,
          margin.variable,
          category,
        );
  });
  for (const margin of margins) {
    const present = new Set<string>();
    units.forEach((unit, index) => {
      const category = unit[margin.variable];
      if (category === undefined)
        throw new StatisticsError(
          'unknown_category',
          `Respondent ${index + 1} has no value for margin "${margin.variable}"`,
          margin.variable,
        );
      if (!(margin.targets[category]! > 0))
        throw new StatisticsError(
          'unknown_category',
          `Margin "${margin.variable}", category "${category}": respondents but no residents ` +
            'in the register; collapse it with a neighbouring category',
          margin.variable,
          category,
        );
      present.add(category);
    });
    for (const [category, target] of Object.entries(margin.targets))
      if (target > 0 && !present.has(category))
        throw new StatisticsError(
          'empty_category',
          `Margin "${margin.variable}", category "${category}": ${target} residents but no ` +
            'respondents, so this margin cannot be met; collapse it with a neighbouring category',
          margin.variable,
          category,
        );
  }
}

/**
 * Raking (iterative proportional fitting): for each margin in turn and each of its categories,
 * multiplies the weights of the units in that category by target / current sum. Rounds repeat
 * until every factor of a round lies within `tolerance` of 1. Start weights default to 1 (pass
 * the design weights N_h / n_h of a stratified sample).
 */
export function rake(
  units: ReadonlyArray<Readonly<Record<string, string>>>,
  margins: Margin[],
  startWeights?: readonly number[],
  options: RakingOptions = {},
): RakingResult {
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;
  checkMargins(units, margins);
  const weights = startWeights ? [...startWeights] : units.map(() => 1);
  if (weights.length !== units.length || weights.some((w) => !(w > 0) || !Number.isFinite(w)))
    throw new StatisticsError('invalid_weight', 'Start weights must be positive, one per unit');
  // Units by category, per margin, computed once.
  const groups = margins.map((margin) => {
    const byCategory = new Map<string, number[]>();
    units.forEach((unit, index) => {
      const category = unit[margin.variable]!;
      const list = byCategory.get(category) ?? [];
      list.push(index);
      byCategory.set(category, list);
    });
    return [...byCategory.entries()];
  });
  let worst = { deviation: 0, margin: '', category: '' };
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    worst = { deviation: 0, margin: '', category: '' };
    margins.forEach((margin, m) => {
      for (const [category, members] of groups[m]!) {
        let current = 0;
        for (const index of members) current += weights[index]!;
        const factor = margin.targets[category]! / current;
        const deviation = Math.abs(factor - 1);
        if (deviation > worst.deviation) worst = { deviation, margin: margin.variable, category };
        for (const index of members) weights[index]! *= factor;
      }
    });
    if (worst.deviation <= tolerance) return { weights, iterations: iteration };
  }
  throw new StatisticsError(
    'no_convergence',
    `Raking did not converge in ${maxIterations} rounds: margin "${worst.margin}", category ` +
      `"${worst.category}" still needed a factor ${(1 + worst.deviation).toPrecision(6)} ` +
      'away from 1; collapse small categories',
    worst.margin,
    worst.category,
  );
}

export interface TrimmedRakingResult extends RakingResult {
  /** Rake–trim rounds (1 when no weight exceeded the cap after the first raking). */
  trimRounds: number;
  /** Weights that were cut at least once. */
  trimmed: number;
}

/**
 * Raking with trimming: after raking, caps every weight at `cap` times the mean weight and rakes
 * again, until no weight exceeds the cap (within the tolerance). `cap` null means no trimming.
 * A cap that the margins do not allow (a category whose few respondents must carry more) is an
 * error naming the margin that pushes the weights back up.
 */
export function rakeAndTrim(
  units: ReadonlyArray<Readonly<Record<string, string>>>,
  margins: Margin[],
  cap: number | null,
  startWeights?: readonly number[],
  options: RakingOptions & { maxTrimRounds?: number } = {},
): TrimmedRakingResult {
  const maxTrimRounds = options.maxTrimRounds ?? 50;
  if (cap !== null && !(cap > 1))
    throw new StatisticsError('invalid_weight', `The trimming cap must exceed 1 (got ${cap})`);
  let result = rake(units, margins, startWeights, options);
  let iterations = result.iterations;
  const cut = new Set<number>();
  if (cap === null) return { ...result, trimRounds: 1, trimmed: 0 };
  const tolerance = options.tolerance ?? 1e-6;
  for (let round = 1; round <= maxTrimRounds; round += 1) {
    const limit = cap * mean(result.weights);
    if (result.weights.every((w) => w <= limit * (1 + tolerance)))
      return { weights: result.weights, iterations, trimRounds: round, trimmed: cut.size };
    const trimmedWeights = result.weights.map((w, index) => {
      if (w <= limit) return w;
      cut.add(index);
      return limit;
    });
    result = rake(units, margins, trimmedWeights, options);
    iterations += result.iterations;
  }
  const limit = cap * mean(result.weights);
  const worstIndex = result.weights.indexOf(Math.max(...result.weights));
  const unit = units[worstIndex] ?? {};
  const culprit = margins.find((margin) => {
    const category = unit[margin.variable]!;
    const count = units.filter((u) => u[margin.variable] === category).length;
    return (margin.targets[category]! / count) * (1 - 1e-12) > limit;
  });
  throw new StatisticsError(
    'cap_unreachable',
    `Weights cannot be capped at ${cap} × the mean and still meet the margins` +
      (culprit
        ? `: margin "${culprit.variable}", category "${unit[culprit.variable]}" has too few ` +
          'respondents for its residents; raise the cap or collapse the category'
        : '; raise the cap'),
    culprit?.variable,
    culprit ? unit[culprit.variable] : undefined,
  );
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}

/** Kish's effective sample size (Σw)² / Σw² and the design effect of weighting n / n_eff. */
export function kish(weights: readonly number[]): { n: number; nEff: number; deff: number } {
  const total = sum(weights);
  const squares = weights.reduce((acc, w) => acc + w * w, 0);
  const n = weights.length;
  if (n === 0 || squares === 0) return { n, nEff: 0, deff: Number.NaN };
  const nEff = (total * total) / squares;
  return { n, nEff, deff: n / nEff };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson's 95 % interval for a share p on n (the effective n for weighted shares):
 * centre (p + z²/2n) / (1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 */
export function wilson(p: number, n: number, z = Z95): Interval {
  if (!(n > 0)) return { low: Number.NaN, high: Number.NaN };
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface WeightedShare {
  share: number;
  interval: Interval;
  /** Unweighted respondents in the base. */
  n: number;
  nEff: number;
}

/**
 * Weighted share Σ_{yes} w / Σ_{answered} w with its Wilson interval on the base's effective n.
 * `answered` and `yes` are per unit; units that did not answer are left out of the base.
 */
export function weightedShare(
  weights: readonly number[],
  answered: readonly boolean[],
  yes: readonly boolean[],
): WeightedShare {
  let base = 0;
  let hits = 0;
  const used: number[] = [];
  weights.forEach((w, i) => {
    if (!answered[i]) return;
    base += w;
    used.push(w);
    if (yes[i]) hits += w;
  });
  const { nEff } = kish(used);
  const share = base > 0 ? hits / base : Number.NaN;
  return { share, interval: wilson(share, nEff), n: used.length, nEff };
}

export interface WeightedMean {
  mean: number;
  interval: Interval;
  n: number;
  nEff: number;
}

/**
 * Weighted mean Σwx / Σw with a normal 95 % interval: the weighted variance
 * Σw(x − m)² / Σw, corrected by n_eff / (n_eff − 1), over n_eff. Null values are left out.
 */
export function weightedMean(
  weights: readonly number[],
  values: ReadonlyArray<number | null>,
  z = Z95,
): WeightedMean {
  let total = 0;
  let weighted = 0;
  const used: number[] = [];
  weights.forEach((w, i) => {
    const x = values[i];
    if (x === null || x === undefined) return;
    total += w;
    weighted += w * x;
    used.push(w);
  });
  const { nEff } = kish(used);
  if (total === 0) return { mean: Number.NaN, interval: { low: NaN, high: NaN }, n: 0, nEff: 0 };
  const m = weighted / total;
  let spread = 0;
  weights.forEach((w, i) => {
    const x = values[i];
    if (x === null || x === undefined) return;
    spread += w * (x - m) * (x - m);
  });
  const variance = nEff > 1 ? ((spread / total) * nEff) / (nEff - 1) : Number.NaN;
  const half = z * Math.sqrt(variance / nEff);
  return { mean: m, interval: { low: m - half, high: m + half }, n: used.length, nEff };
}

/** Sample variance (n − 1). */
function variance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((acc, x) => acc + (x - m) * (x - m), 0) / (values.length - 1);
}

/** A battery item: its values per unit (null = not answered) and its scale ends for reversal. */
export interface ScaleItem {
  values: ReadonlyArray<number | null>;
  min: number;
  max: number;
  reverse: boolean;
}

export interface ScaleResult {
  /** Cronbach's alpha on the units that answered every item (null with fewer than 2 items). */
  alpha: number | null;
  /** Per unit: the mean of its (reversed where marked) items, null unless it answered all. */
  scores: Array<number | null>;
  complete: number;
}

/**
 * Builds an index from an item battery: reverses marked items (x' = min + max − x), keeps the
 * units that answered every item, and computes Cronbach's alpha
 * α = k / (k − 1) · (1 − Σ var(item) / var(sum of items)).
 */
export function scale(items: readonly ScaleItem[]): ScaleResult {
  const units = items[0]?.values.length ?? 0;
  const scores: Array<number | null> = [];
  const rows: number[][] = [];
  for (let i = 0; i < units; i += 1) {
    const row: number[] = [];
    for (const item of items) {
      const x = item.values[i];
      if (x === null || x === undefined) break;
      row.push(item.reverse ? item.min + item.max - x : x);
    }
    if (row.length === items.length && items.length > 0) {
      rows.push(row);
      scores.push(mean(row));
    } else scores.push(null);
  }
  const k = items.length;
  let alpha: number | null = null;
  if (k >= 2 && rows.length >= 2) {
    const itemVariances = items.map((_, j) => variance(rows.map((row) => row[j]!)));
    const totalVariance = variance(rows.map((row) => sum(row)));
    alpha = totalVariance > 0 ? (k / (k - 1)) * (1 - sum(itemVariances) / totalVariance) : null;
  }
  return { alpha, scores, complete: rows.length };
}
