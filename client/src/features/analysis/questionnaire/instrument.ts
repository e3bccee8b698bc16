import type { SurveyJson, SurveyLanguage } from '@pnetz/shared';

/**
 * The questionnaire as the editor changes it: SurveyJS' JSON model, read and written through
 * these pure helpers. Every text is a localizable string `{ default, en, uk, … }` (German is
 * `default`); a plain string counts as German.
 */
export type Text = string | Partial<Record<'default' | Exclude<SurveyLanguage, 'de'>, string>>;
export type Choice = string | number | { value: string | number; text?: Text };
export interface Question {
  type: string;
  name: string;
  title?: Text;
  choices?: Choice[];
  rateMin?: number;
  rateMax?: number;
  isRequired?: boolean;
  scale?: string;
  reverse?: boolean;
  [key: string]: unknown;
}
export interface Block {
  name: string;
  title?: Text;
  elements: Question[];
  [key: string]: unknown;
}
export interface Instrument {
  pages: Block[];
  [key: string]: unknown;
}

/** The question types the editor offers (the server checks answers of exactly these). */
export const EDITOR_TYPES = ['radiogroup', 'checkbox', 'dropdown', 'rating', 'comment'] as const;
export type EditorType = (typeof EDITOR_TYPES)[number];

export const fromJson = (json: SurveyJson): Instrument => structuredClone(json) as Instrument;
export const toJson = (instrument: Instrument): SurveyJson => instrument as SurveyJson;

const keyOf = (language: SurveyLanguage) => (language === 'de' ? 'default' : language);

export function textIn(text: Text | undefined, language: SurveyLanguage): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return language === 'de' ? text : '';
  return text[keyOf(language)] ?? '';
}

export function withText(text: Text | undefined, language: SurveyLanguage, value: string): Text {
  const base = typeof text === 'string' ? { default: text } : { ...(text ?? {}) };
  base[keyOf(language)] = value;
  return base;
}

export const choiceValue = (choice: Choice) => (typeof choice === 'object' ? choice.value : choice);
export const choiceText = (choice: Choice) =>
  typeof choice === 'object' ? choice.text : String(choice);

/** Moves an item of a list by `by` places (−1 up, +1 down); out of range leaves it. */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** A name not used by any question yet (`q1`, `q2`, …). */
export function freshName(instrument: Instrument, prefix = 'q'): string {
  const used = new Set(instrument.pages.flatMap((page) => page.elements.map((q) => q.name)));
  let number = 1;
  while (used.has(`${prefix}${number}`)) number += 1;
  return `${prefix}${number}`;
}

/** A new question of the type with an empty German title (choices for choice types). */
export function newQuestion(instrument: Instrument, type: EditorType): Question {
  const name = freshName(instrument);
  if (type === 'rating') return { type, name, title: { default: '' }, rateMin: 1, rateMax: 5 };
  if (type === 'comment') return { type, name, title: { default: '' } };
  return {
    type,
    name,
    title: { default: '' },
    choices: [
      { value: 1, text: { default: '' } },
      { value: 2, text: { default: '' } },
    ],
  };
}

/** The next choice value: one more than the largest number, or the next `option<n>`. */
export function nextChoiceValue(choices: readonly Choice[]): string | number {
  const values = choices.map(choiceValue);
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length === values.length) return (numbers.length ? Math.max(...numbers) : 0) + 1;
  let number = values.length + 1;
  while (values.includes(`option${number}`)) number += 1;
  return `option${number}`;
}

export const questionCount = (instrument: Instrument) =>
  instrument.pages.reduce((sum, page) => sum + page.elements.length, 0);
