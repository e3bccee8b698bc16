import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { sweepAnalysisAddresses } from '../analysis/address-sweep';
import { sweepExpiredSessions } from '../auth/account-sessions';
import { removeAbandonedAttachments } from '../projects/attachments.service';
import { localTime, sendDigests } from './digest';
import { claimOnce } from './notification.model';
import type { Notifier } from './notifier';
import { sweepInvitations, sweepMeasures } from './sweeps';

const DIGEST_JOB = 'notification-digest';

/**
 * Claims today's digest for this instance once the local digest hour has come: the first
 * instance to record the day wins, the others (and restarts later that day) find it taken.
 */
export async function claimDigest(now: Date, digestHour: number): Promise<boolean> {
  const { day, hour } = localTime(now);
  if (hour < digestHour) return false;
  return claimOnce(`${DIGEST_JOB}:${day}`, day);
}

export interface JobsDeps {
  notifier: Notifier;
  mailer: Mailer;
  baseUrl: string;
  digestHour: number;
  logger: Logger;
  intervalMs?: number;
}

/** One pass of the background work, at `now` (tests call this with a chosen time). */
export async function runNotificationJobs(now: Date, deps: JobsDeps): Promise<void> {
  await sweepMeasures(deps.notifier, now);
  await sweepInvitations(deps.notifier, now);
  if (await claimDigest(now, deps.digestHour)) {
    const sent = await sendDigests(now, { mailer: deps.mailer, baseUrl: deps.baseUrl });
    deps.logger.info({ sent }, 'notification digests sent');
  }
  await removeAbandonedAttachments(now);
  await sweepAnalysisAddresses(now);
  await sweepExpiredSessions(now);
}

/**
 * Notices what no request announces (measures assigned or due in co-edited plans, invitations),
 * sends the daily digests, clears abandoned uploads, due addresses and expired sessions, once a
 * minute.
 */
export function startNotificationJobs(deps: JobsDeps): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runNotificationJobs(new Date(), deps)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'notification jobs failed'))
      .finally(() => {
        running = false;
      });
  }, deps.intervalMs ?? 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
