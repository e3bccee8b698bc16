import {
  SURVEY_LANGUAGES,
  SURVEY_LIMITS,
  type FieldError,
  type SurveyLanguage,
  type TranslationStatus,
} from '@pnetz/shared';

/**
 * Reading a questionnaire's SurveyJS JSON without a browser: its questions, their choices and
 * ranges, and which of its texts lack a translation. Only the question types below are offered
 * by the editor and checked by the server; anything else is refused when the questionnaire is
 * saved, so an answer can always be checked against its question.
 */
export const QUESTION_TYPES = [
  'radiogroup',
  'checkbox',
  'dropdown',
  'rating',
  'comment',
  'text',
  'boolean',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Json = Record<string, unknown>;

export interface QuestionDef {
  name: string;
  type: QuestionType;
  page: string;
  json: Json;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pages of a questionnaire, each with its elements. */
function pagesOf(json: Json): Array<{ name: string; elements: Json[] }> {
  const pages = Array.isArray(json.pages) ? json.pages : [];
  return pages.filter(isObject).map((page, index) => ({
    name: typeof page.name === 'string' ? page.name : `page${index + 1}`,
    elements: Array.isArray(page.elements) ? page.elements.filter(isObject) : [],
  }));
}

/** Every question in order. Assumes a questionnaire that passed `checkQuestionnaire`. */
export function questionsOf(json: Json): QuestionDef[] {
  return pagesOf(json).flatMap((page) =>
    page.elements.map((element) => ({
      name: String(element.name),
      type: element.type as QuestionType,
      page: page.name,
      json: element,
    })),
  );
}

/** A choice's value (`"a"` or `{ value: "a", text }`). */
export function choiceValue(choice: unknown): unknown {
  return isObject(choice) ? choice.value : choice;
}

/** Values a radiogroup, dropdown or checkbox accepts, including its none and other items. */
export function allowedValues(question: Json): unknown[] {
  const values = (Array.isArray(question.choices) ? question.choices : []).map(choiceValue);
  if (question.showNoneItem === true) values.push('none');
  if (question.showOtherItem === true) values.push('other');
  return values;
}

/** A rating's range; SurveyJS defaults to 1–5 in steps of 1. */
export function ratingValues(question: Json): unknown[] {
  if (Array.isArray(question.rateValues) && question.rateValues.length > 0)
    return question.rateValues.map(choiceValue);
  const min = typeof question.rateMin === 'number' ? question.rateMin : 1;
  const max = typeof question.rateMax === 'number' ? question.rateMax : 5;
  const step =
    typeof question.rateStep === 'number' && question.rateStep > 0 ? question.rateStep : 1;
  const values: number[] = [];
  for (let value = min; value <= max && values.length <= 100; value += step) values.push(value);
  return values;
}

/**
 * Checks the shape the server relies on: pages of elements, each a question of a known type with
 * a unique name, choices where the type needs them. Returns field errors naming the question.
 */
export function checkQuestionnaire(json: Json): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let count = 0;
  pagesOf(json).forEach((page, pageIndex) => {
    page.elements.forEach((element, index) => {
      count += 1;
      const path = `body.json.pages.${pageIndex}.elements.${index}`;
      const name = element.name;
      if (typeof name !== 'string' || !NAME.test(name)) {
        errors.push({ path: `${path}.name`, message: 'must be a name of letters, digits and _' });
        return;
      }
      if (seen.has(name)) errors.push({ path: `${path}.name`, message: `"${name}" is used twice` });
      seen.add(name);
      if (!QUESTION_TYPES.includes(element.type as QuestionType))
        errors.push({
          path: `${path}.type`,
          message: `question "${name}" has an unsupported type (use ${QUESTION_TYPES.join(', ')})`,
        });
      if (
        ['radiogroup', 'checkbox', 'dropdown'].includes(String(element.type)) &&
        (!Array.isArray(element.choices) || element.choices.length === 0)
      )
        errors.push({ path: `${path}.choices`, message: `question "${name}" needs choices` });
      const values = allowedValues(element);
      if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length)
        errors.push({
          path: `${path}.choices`,
          message: `question "${name}" repeats a choice value`,
        });
    });
  });
  if (count === 0) errors.push({ path: 'body.json.pages', message: 'needs at least one question' });
  if (count > SURVEY_LIMITS.questionsMax)
    errors.push({
      path: 'body.json.pages',
      message: `at most ${SURVEY_LIMITS.questionsMax} questions`,
    });
  return errors;
}

/** Whether a text (a plain string is German only) has a non-empty entry for the language. */
function translated(text: unknown, language: SurveyLanguage): boolean {
  const key = language === 'de' ? 'default' : language;
  if (typeof text === 'string') return language === 'de' && text.trim() !== '';
  if (!isObject(text)) return true;
  const value = text[key];
  return typeof value === 'string' && value.trim() !== '';
}

const TEXT_KEYS = ['title', 'description', 'noneText', 'otherText', 'placeholder'] as const;

/** The texts of a question (title, description, choices …) that lack the language. */
function questionTextsMissing(question: Json, language: SurveyLanguage): boolean {
  for (const key of TEXT_KEYS)
    if (key in question && !translated(question[key], language)) return true;
  if (!('title' in question) && language !== 'de') return true;
  const choices = Array.isArray(question.choices) ? question.choices : [];
  return choices.some(
    (choice) => isObject(choice) && 'text' in choice && !translated(choice.text, language),
  );
}

/**
 * Per language: which questions (by name) or pages (`page:<name>`) and survey texts (`survey`)
 * still lack a translation.
 */
export function translationStatus(
  json: Json,
  languages: readonly SurveyLanguage[] = SURVEY_LANGUAGES,
): TranslationStatus[] {
  const pages = pagesOf(json);
  const rawPages = Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
  const questions = questionsOf(json);
  return languages.map((language) => {
    const missing: string[] = [];
    if (['title', 'description'].some((key) => key in json && !translated(json[key], language)))
      missing.push('survey');
    pages.forEach((page, index) => {
      const raw = rawPages[index];
      if (raw && 'title' in raw && !translated(raw.title, language))
        missing.push(`page:${page.name}`);
    });
    for (const question of questions)
      if (questionTextsMissing(question.json, language)) missing.push(question.name);
    return { language, total: questions.length, missing };
  });
}
