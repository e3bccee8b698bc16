import { TRAINING_LIMITS, type FeedbackBodySchema, type FeedbackResults } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { z } from 'zod';
import { conflict, forbidden } from '../errors';
import { TrainingFeedbackModel } from './certificate.model';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import { loadSession } from './registration.service';

type Answers = z.output<typeof FeedbackBodySchema>;

const SCALES = ['overall', 'relevance', 'organisation'] as const;

/**
 * Stores one anonymous answer. The registration only records that it answered (so nobody answers
 * twice); the answer itself carries no link to the person.
 */
export async function giveFeedback(
  registration: TrainingRegistrationRecord,
  answers: Answers,
  now = new Date(),
): Promise<void> {
  const { session } = await loadSession(registration.sessionId.toHexString());
  if (!registration.checkedInAt || now < session.startsAt)
    throw forbidden('Feedback is for participants after the event');
  const claimed = await TrainingRegistrationModel.updateOne(
    { _id: registration._id, feedbackGiven: false },
    { $set: { feedbackGiven: true } },
  );
  if (claimed.modifiedCount === 0) throw conflict('Feedback was given already');
  await TrainingFeedbackModel.create({ offerId: registration.offerId, answers });
}

/** Results of an offer; below the minimum number of answers, no figure at all. */
export async function feedbackResults(offerId: Types.ObjectId): Promise<FeedbackResults> {
  const rows = await TrainingFeedbackModel.find({ offerId }).lean();
  const minAnswers = TRAINING_LIMITS.feedbackMinAnswers;
  const shown = rows.length >= minAnswers;
  const questions = [...SCALES, 'recommend' as const].map((name) => {
    if (!shown) return { name, mean: null, counts: {} };
    const values = rows.map((row) => row.answers[name]).filter((v) => v !== undefined);
    const counts: Record<string, number> = {};
    for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const mean = numbers.length
      ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10
      : null;
    return { name, mean, counts };
  });
  return { answers: rows.length, minAnswers, shown, questions };
}
