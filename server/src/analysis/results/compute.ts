// Long by design: one results table computed top to bottom (prepare, tally, cells, breakdowns);
// the steps share the tally's shape and read best in their order.
import {
  AGE_GROUPS,
  MARGIN_VARIABLES,
  REGISTER_SEXES,
  RESULTS_LIMITS,
  type Breakdown,
  type IndexResult,
  type MarginVariable,
  type QuestionResult,
  type ResultCell,
  type ResultLabel,
} from '@pnetz/shared';
import { allowedValues, questionsOf, ratingValues, type Json } from '../questionnaire/survey-json';
import { Z95, scale as buildScale, wilson } from './statistics';
import { suppressedCells } from './suppression';

/** A weighted respondent: its answers, its margin categories and its weight. */
export interface WeightedUnit {
  answers: Record<string, unknown>;
  categories: Record<MarginVariable, string>;
  weight: number;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** A SurveyJS text (German `default`, English `en`) or a plain string as German and English. */
export function labelOf(text: unknown, fallback: string): ResultLabel {
  if (typeof text === 'string') return { de: text, en: text };
  if (typeof text === 'object' && text !== null) {
    const record = text as Record<string, unknown>;
    const de = typeof record.default === 'string' ? record.default : fallback;
    return { de, en: typeof record.en === 'string' && record.en !== '' ? record.en : de };
  }
  return { de: fallback, en: fallback };
}

export interface AnswerOption {
  /** The stored value as text (`1`, `yes`, `true`). */
  code: string;
  value: unknown;
  label: ResultLabel;
}

/** The answers a closed question offers, with their labels; [] for free text. */
export function optionsOf(question: Json): AnswerOption[] {
  const type = question.type;
  if (type === 'boolean')
    return [
      { code: 'true', value: true, label: { de: 'Ja', en: 'Yes' } },
      { code: 'false', value: false, label: { de: 'Nein', en: 'No' } },
    ];
  if (type === 'rating')
    return ratingValues(question).map((value) => ({
      code: String(value),
      value,
      label: { de: String(value), en: String(value) },
    }));
  if (type !== 'radiogroup' && type !== 'dropdown' && type !== 'checkbox') return [];
  const choices: unknown[] = Array.isArray(question.choices) ? (question.choices as unknown[]) : [];
  const options = choices.map((choice) => {
    const value = typeof choice === 'object' && choice !== null ? (choice as Json).value : choice;
    const text = typeof choice === 'object' && choice !== null ? (choice as Json).text : choice;
    return { code: String(value), value, label: labelOf(text, String(value)) };
  });
  const values = allowedValues(question);
  if (values.includes('none'))
    options.push({ code: 'none', value: 'none', label: labelOf(question.noneText, 'Keine') });
  if (values.includes('other'))
    options.push({
      code: 'other',
      value: 'other',
      label: labelOf(question.otherText, 'Sonstiges'),
    });
  return options;
}

/** An answer value as a map key: primitives as they are, anything else as its JSON. */
const keyOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? `json:${JSON.stringify(value)}` : value;
const NOTHING: readonly number[] = Object.freeze([]);

/** A closed question prepared for counting: per unit, the chosen option indexes and a number. */
interface Prepared {
  name: string;
  page: string;
  kind: QuestionResult['kind'];
  title: ResultLabel;
  scale: string | null;
  reverse: boolean;
  options: AnswerOption[];
  /** Per unit: chosen option indexes, or null when not answered. */
  chosen: Array<readonly number[] | null>;
  /** Per unit: the numeric answer for means, or null. */
  numbers: Array<number | null>;
  numeric: boolean;
}

function prepare(
  question: { name: string; type: string; page: string; json: Json },
  units: readonly WeightedUnit[],
): Prepared | null {
  const options = optionsOf(question.json);
  if (options.length === 0) return null;
  const kind: QuestionResult['kind'] =
    question.type === 'checkbox' ? 'multiple' : question.type === 'rating' ? 'rating' : 'single';
  const numeric =
    kind !== 'multiple' &&
    options.every((o) => typeof o.value === 'number' || o.value === 'none' || o.value === 'other');
  const indexOf = new Map(options.map((option, index) => [keyOf(option.value), index]));
  // One shared list per option, so a single answer allocates nothing (5,000 × 60 answers).
  const single = options.map((_, index) => Object.freeze([index]));
  const chosen: Array<readonly number[] | null> = [];
  const numbers: Array<number | null> = [];
  for (const unit of units) {
    const answer = unit.answers[question.name];
    if (isEmpty(answer)) {
      chosen.push(null);
      numbers.push(null);
      continue;
    }
    if (Array.isArray(answer)) {
      const indexes: number[] = [];
      for (const value of answer) {
        const index = indexOf.get(keyOf(value));
        if (index !== undefined && !indexes.includes(index)) indexes.push(index);
      }
      chosen.push(indexes);
    } else {
      const index = indexOf.get(keyOf(answer));
      chosen.push(index === undefined ? NOTHING : single[index]!);
    }
    numbers.push(numeric && typeof answer === 'number' ? answer : null);
  }
  const json = question.json;
  return {
    name: question.name,
    page: question.page,
    kind,
    title: labelOf(json.title, question.name),
    scale: typeof json.scale === 'string' && json.scale !== '' ? json.scale : null,
    reverse: json.reverse === true,
    options,
    chosen,
    numbers,
    numeric,
  };
}

/**
 * Sums of one question (or index) per cell, in one pass over the units: cell 0 is everyone,
 * then one cell per category of each margin. Weighted sums give the shares, Σw and Σw² the
 * effective n, Σwx and Σwx² the mean and its variance.
 */
interface Tally {
  n: Float64Array;
  w: Float64Array;
  w2: Float64Array;
  hitW: Float64Array;
  hitN: Float64Array;
  numN: Float64Array;
  numW: Float64Array;
  numW2: Float64Array;
  wx: Float64Array;
  wx2: Float64Array;
}

function tally(
  units: readonly WeightedUnit[],
  cellsOf: ReadonlyArray<readonly number[]>,
  cellCount: number,
  optionCount: number,
  chosen: ReadonlyArray<readonly number[] | null> | null,
  numbers: ReadonlyArray<number | null>,
): Tally {
  const t: Tally = {
    n: new Float64Array(cellCount),
    w: new Float64Array(cellCount),
    w2: new Float64Array(cellCount),
    hitW: new Float64Array(cellCount * optionCount),
    hitN: new Float64Array(cellCount * optionCount),
    numN: new Float64Array(cellCount),
    numW: new Float64Array(cellCount),
    numW2: new Float64Array(cellCount),
    wx: new Float64Array(cellCount),
    wx2: new Float64Array(cellCount),
  };
  for (let i = 0; i < units.length; i += 1) {
    const picked = chosen ? chosen[i] : null;
    const x = numbers[i];
    const answered = chosen
      ? picked !== null && picked !== undefined
      : x !== null && x !== undefined;
    if (!answered) continue;
    const w = units[i]!.weight;
    for (const cell of cellsOf[i]!) {
      t.n[cell]! += 1;
      t.w[cell]! += w;
      t.w2[cell]! += w * w;
      if (picked)
        for (const option of picked) {
          t.hitW[cell * optionCount + option]! += w;
          t.hitN[cell * optionCount + option]! += 1;
        }
      if (x !== null && x !== undefined) {
        t.numN[cell]! += 1;
        t.numW[cell]! += w;
        t.numW2[cell]! += w * w;
        t.wx[cell]! += w * x;
        t.wx2[cell]! += w * x * x;
      }
    }
  }
  return t;
}

/**
 * The weighted mean of a cell with its 95 % interval: the weighted variance Σw(x − m)² / Σw
 * (as Σwx² / Σw − m²), corrected by n_eff / (n_eff − 1), over n_eff (as `weightedMean`).
 */
function meanOf(t: Tally, cell: number): Extract<ResultCell, { suppressed: false }>['mean'] {
  if (t.numN[cell]! < RESULTS_LIMITS.minimumCell || t.numW[cell] === 0) return null;
  const total = t.numW[cell]!;
  const m = t.wx[cell]! / total;
  const nEff = (total * total) / t.numW2[cell]!;
  if (!(nEff > 1)) return null;
  const variance = Math.max(0, t.wx2[cell]! / total - m * m) * (nEff / (nEff - 1));
  const half = Z95 * Math.sqrt(variance / nEff);
  return { mean: m, interval: { low: m - half, high: m + half } };
}

/** One cell's figures from the tally; under the minimum it is suppressed. */
function cellOf(t: Tally, cell: number, options: readonly AnswerOption[]): ResultCell {
  const n = t.n[cell]!;
  const base = t.w[cell]!;
  if (n < RESULTS_LIMITS.minimumCell || base === 0) return { suppressed: true };
  const nEff = (base * base) / t.w2[cell]!;
  const k = options.length;
  return {
    suppressed: false,
    n,
    nEff,
    options: options.map((option, index) => {
      const share = t.hitW[cell * k + index]! / base;
      return {
        value: option.code,
        label: option.label,
        share,
        interval: wilson(share, nEff),
        unweighted: t.hitN[cell * k + index]! / n,
      };
    }),
    mean: meanOf(t, cell),
  };
}

const ORDER: Record<MarginVariable, readonly string[] | null> = {
  district: null,
  ageGroup: AGE_GROUPS,
  sex: REGISTER_SEXES,
};

/** A margin's categories in reading order: districts alphabetically, ages and sexes as listed. */
export function orderedCategories(
  variable: MarginVariable,
  categories: Iterable<string>,
): string[] {
  const order = ORDER[variable];
  return [...categories].sort((a, b) =>
    order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b, 'de'),
  );
}

/**
 * The cells each unit counts in: 0 (everyone), then its category of each margin. Returns the
 * cells per unit, the layout of the breakdowns, and the number of cells.
 */
function cellLayout(
  units: readonly WeightedUnit[],
  categories: Record<MarginVariable, string[]>,
): {
  cellsOf: number[][];
  layout: Array<{ variable: MarginVariable; groups: Array<{ category: string; cell: number }> }>;
  count: number;
} {
  let next = 1;
  const layout = MARGIN_VARIABLES.map((variable) => ({
    variable,
    groups: categories[variable].map((category) => ({ category, cell: next++ })),
  }));
  const lookup = layout.map(({ groups }) => new Map(groups.map((g) => [g.category, g.cell])));
  const cellsOf = units.map((unit) => {
    const cells = [0];
    MARGIN_VARIABLES.forEach((variable, v) => {
      const cell = lookup[v]!.get(unit.categories[variable]);
      if (cell !== undefined) cells.push(cell);
    });
    return cells;
  });
  return { cellsOf, layout, count: next };
}

/** Applies the suppression rules to a breakdown: primary under 10, secondary beside one. */
function breakdownOf(
  variable: MarginVariable,
  cells: Array<{ category: string; n: number; cell: ResultCell }>,
): Breakdown {
  const hidden = suppressedCells(cells.map((c) => c.n));
  return {
    variable,
    groups: cells.map((c, i) => ({
      category: c.category,
      cell: hidden[i] ? { suppressed: true } : c.cell,
    })),
  };
}

export interface ResultFigures {
  questions: QuestionResult[];
  indices: IndexResult[];
}

/**
 * Every closed question's weighted figures overall and by district, age group and sex, and an
 * index with Cronbach's alpha for every item battery (`scale`) of the questionnaire. Free-text
 * questions and the stratum questions (district, age group, sex) are left out. `categories` are the register's categories per margin.
 */
export function computeFigures(
  json: Json,
  units: readonly WeightedUnit[],
  categories: Record<MarginVariable, string[]>,
): ResultFigures {
  const { cellsOf, layout, count } = cellLayout(units, categories);
  // The stratum questions are left out: weighted, they equal the register's shares by
  // construction, and their counts are the group sizes the breakdowns suppress.
  const prepared = questionsOf(json)
    .filter((question) => !(MARGIN_VARIABLES as readonly string[]).includes(question.name))
    .map((question) => prepare(question, units))
    .filter((q): q is Prepared => q !== null);
  const figuresOf = (t: Tally, options: readonly AnswerOption[]) => ({
    overall: cellOf(t, 0, options),
    breakdowns: layout.map(({ variable, groups }) =>
      breakdownOf(
        variable,
        groups.map(({ category, cell }) => ({
          category,
          n: t.n[cell]!,
          cell: cellOf(t, cell, options),
        })),
      ),
    ),
  });
  const questions: QuestionResult[] = prepared.map((question) => ({
    name: question.name,
    page: question.page,
    kind: question.kind,
    title: question.title,
    scale: question.scale,
    ...figuresOf(
      tally(units, cellsOf, count, question.options.length, question.chosen, question.numbers),
      question.options,
    ),
  }));
  const batteries = new Map<string, Prepared[]>();
  for (const question of prepared)
    if (question.scale && question.numeric)
      batteries.set(question.scale, [...(batteries.get(question.scale) ?? []), question]);
  const indices: IndexResult[] = [...batteries.entries()]
    .filter(([, items]) => items.length >= 2)
    .map(([name, items]) => {
      const built = buildScale(
        items.map((item) => {
          const values = item.options.map((o) => o.value).filter((v) => typeof v === 'number');
          return {
            values: item.numbers,
            min: Math.min(...values),
            max: Math.max(...values),
            reverse: item.reverse,
          };
        }),
      );
      return {
        scale: name,
        items: items.map((item) => ({ name: item.name, reverse: item.reverse })),
        alpha: built.complete >= RESULTS_LIMITS.minimumCell ? built.alpha : null,
        warning: built.alpha !== null && built.alpha < RESULTS_LIMITS.alphaWarning,
        ...figuresOf(tally(units, cellsOf, count, 0, null, built.scores), []),
      };
    });
  return { questions, indices };
}
