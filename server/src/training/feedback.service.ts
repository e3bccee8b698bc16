import {
  SURVEY_LIMITS,
  TRAINING_LIMITS,
  type FeedbackBody,
  type FeedbackQuestionnaire,
  type FeedbackResults,
  type SurveyJson,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import { setTimeout as delay } from 'node:timers/promises';
import { checkAnswers } from '../analysis/questionnaire/answers';
import { checkQuestionnaire, questionsOf, type Json } from '../analysis/questionnaire/survey-json';
import { conflict, forbidden, validationFailed } from '../errors';
import { isDuplicateKey } from './errors';
import { TrainingFeedbackModel, TrainingFeedbackStepModel } from './feedback.model';
import { feedbackTemplate } from './feedback-template';
import { TrainingOfferModel, type TrainingOfferRecord } from './offer.model';
import { loadOffer } from './offers.service';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import { loadSession } from './registration.service';
import { claimNotice, clearNotices, hasNotice } from './seats';

/**
 * The feedback questionnaire of an offer, built and checked with the security analysis's survey
 * instrument (same SurveyJS JSON, same question types and answer rules, same anonymity, same
 * small-group rule for the results).
 */
export const questionnaireOf = (offer: TrainingOfferRecord): SurveyJson =>
  (offer.feedbackJson as SurveyJson | null) ?? feedbackTemplate();

const frozen = () =>
  conflict('The feedback questionnaire is frozen: answers were given to it already', [
    { path: 'body.json', message: 'cannot change once the first answer is stored' },
  ]);

const alreadyAnswered = () => conflict('Feedback was given already');

/** The day `date` falls on in UTC, `YYYY-MM-DD`: the only time an answer keeps. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

// Offers stored before questionnaires had versions read as version 0.
const versionOf = (offer: TrainingOfferRecord): number => offer.feedbackVersion ?? 0;
const stepId = (offer: TrainingOfferRecord, version: number) =>
  `${offer._id.toHexString()}:${version}`;

/** Takes the step after the offer's version for a save or a freeze; else says who has it. */
async function takeStep(
  offer: TrainingOfferRecord,
  kind: 'saved' | 'frozen',
): Promise<'taken' | 'saved' | 'frozen'> {
  const _id = stepId(offer, versionOf(offer) + 1);
  try {
    await TrainingFeedbackStepModel.create({ _id, kind });
    return 'taken';
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await TrainingFeedbackStepModel.findById(_id).lean())?.kind ?? 'saved';
  }
}

async function isFrozen(offer: TrainingOfferRecord): Promise<boolean> {
  const step = await TrainingFeedbackStepModel.findById(stepId(offer, versionOf(offer) + 1)).lean();
  return (
    step?.kind === 'frozen' || (await TrainingFeedbackModel.exists({ offerId: offer._id })) !== null
  );
}

export async function feedbackQuestionnaire(
  offer: TrainingOfferRecord,
): Promise<FeedbackQuestionnaire> {
  const answers = await TrainingFeedbackModel.countDocuments({ offerId: offer._id });
  return { json: questionnaireOf(offer), editable: !(await isFrozen(offer)), answers };
}

/** Replaces the questionnaire; refused when it does not pass the instrument's checks or froze. */
export async function saveFeedbackQuestionnaire(
  offerId: string,
  json: SurveyJson,
): Promise<FeedbackQuestionnaire> {
  const offer = await loadOffer(offerId);
  if (await isFrozen(offer)) throw frozen();
  if (Buffer.byteLength(JSON.stringify(json)) > SURVEY_LIMITS.questionnaireMaxBytes)
    throw validationFailed([{ path: 'body.json', message: 'is too large' }]);
  const errors = checkQuestionnaire(json as Json);
  if (errors.length > 0) throw validationFailed(errors, 'The questionnaire is not valid');
  const step = await takeStep(offer, 'saved');
  if (step === 'frozen') throw frozen();
  if (step === 'saved') throw conflict('The feedback questionnaire was saved by someone else');
  const updated = await TrainingOfferModel.findByIdAndUpdate(
    offer._id,
    { $set: { feedbackJson: json, feedbackVersion: versionOf(offer) + 1 } },
    { returnDocument: 'after' },
  ).lean();
  return feedbackQuestionnaire(updated ?? offer);
}

/**
 * Checks answers against the questionnaire as it is, and freezes it at that version. Bad answers
 * freeze nothing. When a save took the next version meanwhile, the answers are checked again
 * against the saved one.
 */
async function checkAndFreeze(
  offerId: Types.ObjectId,
  given: Record<string, unknown>,
): Promise<{ offer: TrainingOfferRecord; answers: Record<string, unknown> }> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const offer = await loadOffer(offerId.toHexString());
    const { answers, errors } = checkAnswers(questionnaireOf(offer) as Json, given);
    if (errors.length > 0)
      throw validationFailed(errors, 'The answers do not fit the questionnaire');
    if ((await takeStep(offer, 'frozen')) !== 'saved') return { offer, answers };
    // The save that took the step stores its questionnaire next: read it once it is there.
    await delay(20);
  }
  throw conflict('The feedback questionnaire is being changed; please send again');
}

/**
 * Stores one anonymous answer. The answers are checked against the questionnaire first, so bad
 * input stores nothing; then the registration claims its one answer by a unique insert (safe
 * under concurrency on every database) and only records that it answered. The answer itself
 * carries no link to the person and only the day.
 */
export async function giveFeedback(
  registration: TrainingRegistrationRecord,
  body: FeedbackBody,
  now = new Date(),
): Promise<void> {
  const { session } = await loadSession(registration.sessionId.toHexString());
  if (!registration.checkedInAt || now < session.startsAt)
    throw forbidden('Feedback is for participants after the event');
  if (registration.feedbackGiven || (await hasNotice(registration._id, 'feedback')))
    throw alreadyAnswered();
  const { offer, answers } = await checkAndFreeze(registration.offerId, body.answers);
  if (!(await claimNotice(registration._id, 'feedback'))) throw alreadyAnswered();
  try {
    await TrainingFeedbackModel.create({ offerId: offer._id, submittedOn: dayOf(now), answers });
  } catch (error) {
    await clearNotices(registration._id, ['feedback']);
    throw error;
  }
  await TrainingRegistrationModel.updateOne(
    { _id: registration._id },
    { $set: { feedbackGiven: true } },
  );
}

const CHOICE_TYPES = new Set(['radiogroup', 'dropdown', 'checkbox', 'rating', 'boolean']);
const TEXT_TYPES = new Set(['comment', 'text']);
const answered = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

function germanTitle(json: Json, name: string): string {
  const title = json.title;
  if (typeof title === 'string' && title.trim()) return title;
  if (title && typeof title === 'object' && 'default' in title) {
    const text = (title as { default?: unknown }).default;
    if (typeof text === 'string' && text.trim()) return text;
  }
  return name;
}

/**
 * Results per question: counts, a mean for ratings, and free texts for the organiser. Like the
 * analysis's results, no figure rests on fewer than `minAnswers` answers: below that in total
 * nothing is shown, and a question fewer answered is suppressed on its own.
 */
export async function feedbackResults(offerId: Types.ObjectId): Promise<FeedbackResults> {
  const offer = await loadOffer(offerId.toHexString());
  const rows = await TrainingFeedbackModel.find({ offerId }).lean();
  const minAnswers = TRAINING_LIMITS.feedbackMinAnswers;
  const shown = rows.length >= minAnswers;
  const questions = questionsOf(questionnaireOf(offer) as Json).map((question) => {
    const values = rows.map((row) => row.answers[question.name]).filter(answered);
    const suppressed = !shown || values.length < minAnswers;
    const base = { name: question.name, title: germanTitle(question.json, question.name) };
    const type = question.type;
    if (suppressed)
      return { ...base, type, suppressed, answered: null, mean: null, counts: {}, comments: [] };
    const counts: Record<string, number> = {};
    if (CHOICE_TYPES.has(type))
      for (const value of values.flatMap((v): unknown[] =>
        Array.isArray(v) ? (v as unknown[]) : [v],
      ))
        counts[String(value)] = (counts[String(value)] ?? 0) + 1;
    const numbers =
      type === 'rating' ? values.filter((v): v is number => typeof v === 'number') : [];
    const mean = numbers.length
      ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10
      : null;
    // Sorted, so the order of arrival tells nothing.
    const comments = TEXT_TYPES.has(type)
      ? values.filter((v): v is string => typeof v === 'string').sort()
      : [];
    return { ...base, type, suppressed, answered: values.length, mean, counts, comments };
  });
  return { answers: rows.length, minAnswers, shown, questions };
}
