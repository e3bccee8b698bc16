import { createHash } from 'node:crypto';
import { SURVEY_LIMITS, type FieldError } from '@pnetz/shared';
import { Model } from 'survey-core';
import type { ResponseStratum } from '../response.model';
import {
  allowedValues,
  questionsOf,
  ratingValues,
  type Json,
  type QuestionDef,
} from './survey-json';
import './survey-properties';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const MODELS_KEPT = 32;
const models = new Map<string, Model>();

/**
 * SurveyJS' model of a questionnaire, built once per distinct JSON (building one takes far longer
 * than checking answers). Sharing is safe: a check sets the data and reads visibility without
 * awaiting anything in between.
 */
function modelOf(json: Json): Model {
  const key = createHash('sha256').update(JSON.stringify(json)).digest('hex');
  let model = models.get(key);
  if (!model) {
    model = new Model(json);
    if (models.size >= MODELS_KEPT) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

/** Why an answer does not fit its question, or null when it fits. */
function answerProblem(question: QuestionDef, value: unknown): string | null {
  const { json } = question;
  switch (question.type) {
    case 'radiogroup':
    case 'dropdown':
      return allowedValues(json).some((allowed) => same(allowed, value))
        ? null
        : 'is not one of the question’s choices';
    case 'checkbox': {
      if (!Array.isArray(value)) return 'must be a list of choices';
      const allowed = allowedValues(json);
      if (value.some((item) => !allowed.some((a) => same(a, item))))
        return 'contains a value that is not one of the question’s choices';
      if (new Set(value.map((item) => JSON.stringify(item))).size !== value.length)
        return 'names a choice twice';
      if (value.includes('none') && value.length > 1) return 'combines “none” with other choices';
      const max = json.maxSelectedChoices;
      if (typeof max === 'number' && max > 0 && value.length > max)
        return `has more than ${max} choices`;
      return null;
    }
    case 'rating':
      return ratingValues(json).some((allowed) => same(allowed, value))
        ? null
        : `is outside the question’s range (${ratingValues(json).map(String).join(', ')})`;
    case 'comment':
    case 'text': {
      if (typeof value !== 'string') return 'must be text';
      const max =
        typeof json.maxLength === 'number' && json.maxLength > 0
          ? Math.min(json.maxLength, SURVEY_LIMITS.textAnswerMaxLength)
          : SURVEY_LIMITS.textAnswerMaxLength;
      return value.length > max ? `is longer than ${max} characters` : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be yes or no';
  }
}

export interface CheckedAnswers {
  /** The answers to keep: only visible questions, empty answers left out. */
  answers: Record<string, unknown>;
  errors: FieldError[];
}

/**
 * Checks answers against the questionnaire: every answer names a question, fits its choices or
 * range, and every visible required question is answered. Which questions are visible follows
 * their `visibleIf` conditions, evaluated by SurveyJS' own model; answers to hidden questions
 * are dropped, as SurveyJS does when a respondent completes the form. Drafts and paper sheets
 * pass `required: false`: a draft is not finished, and a paper sheet may leave any question blank.
 */
export function checkAnswers(
  json: Json,
  answers: Record<string, unknown>,
  options: { required: boolean } = { required: true },
): CheckedAnswers {
  const questions = new Map(questionsOf(json).map((question) => [question.name, question]));
  const errors: FieldError[] = [];
  const kept: Record<string, unknown> = {};
  const model = modelOf(json);
  model.data = answers;
  for (const [name, value] of Object.entries(answers)) {
    const question = questions.get(name);
    if (!question) {
      errors.push({
        path: `answers.${name}`,
        message: `"${name}" is not a question of this questionnaire`,
      });
      continue;
    }
    if (isEmpty(value)) continue;
    const problem = answerProblem(question, value);
    if (problem) {
      errors.push({ path: `answers.${name}`, message: `answer to "${name}" ${problem}` });
      continue;
    }
    if (model.getQuestionByName(name)?.isVisible !== false) kept[name] = value;
  }
  for (const question of options.required ? questions.values() : []) {
    // A given answer was kept, or refused above already, or belongs to a hidden question.
    if (question.json.isRequired !== true || !isEmpty(answers[question.name])) continue;
    const rendered = model.getQuestionByName(question.name);
    if (rendered && rendered.isVisible && rendered.isParentVisible)
      errors.push({
        path: `answers.${question.name}`,
        message: `"${question.name}" must be answered`,
      });
  }
  model.clear(true, true);
  return { answers: errors.length > 0 ? {} : kept, errors };
}

/** The stratum questions' answers, as the response keeps them. */
export function stratumOf(answers: Record<string, unknown>): ResponseStratum {
  const stratum: ResponseStratum = {};
  for (const key of ['district', 'ageGroup', 'sex'] as const) {
    const value = answers[key];
    if (typeof value === 'string') stratum[key] = value;
  }
  return stratum;
}
