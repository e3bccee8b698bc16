import { TRAINING_LIMITS } from '@pnetz/shared';
import type { Logger } from '../logger';
import type { TrainingContext } from './context';
import { TrainingOfferModel } from './offer.model';
import { TrainingRegistrationModel } from './registration.model';
import { loadSession, promoteIn, token } from './registration.service';
import { releasePlace } from './seats';

const DAY = 86_400_000;

/**
 * Releases the places of guests who did not confirm their address in time: the registration is
 * removed (it holds personal data for nothing) and the place goes to the waiting list.
 */
export async function releaseUnconfirmed(ctx: TrainingContext, now: Date): Promise<number> {
  const expired = await TrainingRegistrationModel.find(
    { confirmed: false, confirmBy: { $lte: now } },
    { _id: 1 },
  ).lean();
  let released = 0;
  for (const { _id } of expired) {
    const removed = await TrainingRegistrationModel.findOneAndDelete({
      _id,
      confirmed: false,
      confirmBy: { $lte: now },
    }).lean();
    if (!removed) continue;
    released += 1;
    if (await releasePlace(removed._id)) await promoteIn(ctx, removed.sessionId);
  }
  return released;
}

/** Reminds everyone holding a place one day before the session, once. */
export async function sendReminders(ctx: TrainingContext, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + DAY);
  // Range queries on array elements are not applied alike everywhere; the catalogue is small.
  const offers = await TrainingOfferModel.find({ status: 'published' }).lean();
  let sent = 0;
  for (const offer of offers) {
    for (const session of offer.sessions) {
      if (session.startsAt <= now || session.startsAt > soon) continue;
      const due = await TrainingRegistrationModel.find({
        sessionId: session._id,
        status: 'registered',
        confirmed: true,
        reminderSentAt: null,
      }).lean();
      for (const registration of due) {
        // Claimed first, so two instances never remind the same person twice.
        const claimed = await TrainingRegistrationModel.updateOne(
          { _id: registration._id, reminderSentAt: null },
          { $set: { reminderSentAt: now } },
        );
        if (claimed.modifiedCount === 0) continue;
        await ctx.mails.reminder(registration, offer, session, token(ctx, registration));
        sent += 1;
      }
    }
  }
  return sent;
}

/**
 * Deletes registrations a set time after their session. Certificates keep their own copy of
 * name, offer and date and stay; feedback was anonymous from the start.
 */
export async function deleteOldRegistrations(now: Date): Promise<number> {
  const before = new Date(now.getTime() - TRAINING_LIMITS.retentionDays * DAY);
  const offers = await TrainingOfferModel.find({}, { sessions: 1 }).lean();
  const sessionIds = offers.flatMap((o) =>
    o.sessions.filter((s) => s.endsAt < before).map((s) => s._id),
  );
  if (sessionIds.length === 0) return 0;
  const result = await TrainingRegistrationModel.deleteMany({ sessionId: { $in: sessionIds } });
  return result.deletedCount;
}

export async function runTrainingJobs(ctx: TrainingContext, now: Date): Promise<void> {
  await releaseUnconfirmed(ctx, now);
  await sendReminders(ctx, now);
  await deleteOldRegistrations(now);
}

/** Runs the training sweeps once a minute. */
export function startTrainingJobs(
  ctx: TrainingContext,
  logger: Logger,
  intervalMs = 60_000,
): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runTrainingJobs(ctx, new Date())
      .catch((error: unknown) => logger.warn({ err: error }, 'training jobs failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
