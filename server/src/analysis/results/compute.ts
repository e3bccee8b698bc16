import {
  AGE_GROUPS,
  MARGIN_VARIABLES,
  REGISTER_SEXES,
  RESULTS_LIMITS,
  type Breakdown,
  type IndexResult,
  type MarginVariable,
  type OptionShare,
  type QuestionResult,
  type ResultCell,
  type ResultLabel,
} from '@pnetz/shared';
import { allowedValues, questionsOf, ratingValues, type Json } from '../questionnaire/survey-json';
import { scale as buildScale, kish, weightedMean, wilson } from './statistics';
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
  const choices = Array.isArray(question.choices) ? question.choices : [];
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

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

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
  chosen: Array<number[] | null>;
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
  const chosen: Array<number[] | null> = [];
  const numbers: Array<number | null> = [];
  for (const unit of units) {
    const answer = unit.answers[question.name];
    if (isEmpty(answer)) {
      chosen.push(null);
      numbers.push(null);
      continue;
    }
    const picked = Array.isArray(answer) ? answer : [answer];
    chosen.push(
      options.flatMap((option, index) =>
        picked.some((p) => same(p, option.value)) ? [index] : [],
      ),
    );
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

/** Figures of one question for a set of units; `null` cell means below the minimum. */
function questionCell(
  question: Prepared,
  units: readonly WeightedUnit[],
  members: readonly number[],
): { n: number; cell: ResultCell } {
  const base: number[] = [];
  const hits = question.options.map(() => ({ weight: 0, count: 0 }));
  let baseWeight = 0;
  for (const i of members) {
    const chosen = question.chosen[i];
    if (!chosen) continue;
    const w = units[i]!.weight;
    base.push(i);
    baseWeight += w;
    for (const index of chosen) {
      hits[index]!.weight += w;
      hits[index]!.count += 1;
    }
  }
  const n = base.length;
  if (n < RESULTS_LIMITS.minimumCell || baseWeight === 0) return { n, cell: { suppressed: true } };
  const { nEff } = kish(base.map((i) => units[i]!.weight));
  const options: OptionShare[] = question.options.map((option, index) => {
    const share = hits[index]!.weight / baseWeight;
    return {
      value: option.code,
      label: option.label,
      share,
      interval: wilson(share, nEff),
      unweighted: hits[index]!.count / n,
    };
  });
  let mean: Extract<ResultCell, { suppressed: false }>['mean'] = null;
  if (question.numeric) {
    const numbered = base.filter((i) => question.numbers[i] !== null);
    if (numbered.length >= RESULTS_LIMITS.minimumCell) {
      const result = weightedMean(
        numbered.map((i) => units[i]!.weight),
        numbered.map((i) => question.numbers[i]!),
      );
      if (Number.isFinite(result.interval.low))
        mean = { mean: result.mean, interval: result.interval };
    }
  }
  return { n, cell: { suppressed: false, n, nEff, options, mean } };
}

/** Figures of an index (the mean of its items) for a set of units. */
function indexCell(
  scores: ReadonlyArray<number | null>,
  units: readonly WeightedUnit[],
  members: readonly number[],
): { n: number; cell: ResultCell } {
  const scored = members.filter((i) => scores[i] !== null);
  const n = scored.length;
  if (n < RESULTS_LIMITS.minimumCell) return { n, cell: { suppressed: true } };
  const result = weightedMean(
    scored.map((i) => units[i]!.weight),
    scored.map((i) => scores[i]!),
  );
  const { nEff } = kish(scored.map((i) => units[i]!.weight));
  return {
    n,
    cell: {
      suppressed: false,
      n,
      nEff,
      options: [],
      mean: Number.isFinite(result.interval.low)
        ? { mean: result.mean, interval: result.interval }
        : null,
    },
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

/** Groups of units per category of each margin variable. */
function groupsOf(
  units: readonly WeightedUnit[],
  categories: Record<MarginVariable, string[]>,
): Array<{ variable: MarginVariable; groups: Array<{ category: string; members: number[] }> }> {
  return MARGIN_VARIABLES.map((variable) => {
    const byCategory = new Map(categories[variable].map((c) => [c, [] as number[]]));
    units.forEach((unit, i) => byCategory.get(unit.categories[variable])?.push(i));
    return {
      variable,
      groups: [...byCategory.entries()].map(([category, members]) => ({ category, members })),
    };
  });
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
  const everyone = units.map((_, i) => i);
  const groups = groupsOf(units, categories);
  // The stratum questions are left out: weighted, they equal the register's shares by
  // construction, and their counts are the group sizes the breakdowns suppress.
  const prepared = questionsOf(json)
    .filter((question) => !(MARGIN_VARIABLES as readonly string[]).includes(question.name))
    .map((question) => prepare(question, units))
    .filter((q): q is Prepared => q !== null);
  const figuresOf = (cellFor: (members: readonly number[]) => { n: number; cell: ResultCell }) => ({
    overall: cellFor(everyone).cell,
    breakdowns: groups.map(({ variable, groups: list }) =>
      breakdownOf(
        variable,
        list.map(({ category, members }) => ({ category, ...cellFor(members) })),
      ),
    ),
  });
  const questions: QuestionResult[] = prepared.map((question) => ({
    name: question.name,
    page: question.page,
    kind: question.kind,
    title: question.title,
    scale: question.scale,
    ...figuresOf((members) => questionCell(question, units, members)),
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
        ...figuresOf((members) => indexCell(built.scores, units, members)),
      };
    });
  return { questions, indices };
}
