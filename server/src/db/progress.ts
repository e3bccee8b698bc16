import type { Logger } from '../logger';

/** How often a long step of the first start says it is still running. */
export const PROGRESS_EVERY_MS = 10_000;

/**
 * Runs a long step (fetching or compiling the embedded database) and logs every few seconds that
 * it is still running and for how long, so that a first start never sits in silence and looks
 * stuck. The reports stop as soon as the step ends, whether it succeeded or failed.
 */
export async function whileWorking<T>(
  logger: Pick<Logger, 'info'>,
  what: string,
  step: () => Promise<T>,
  everyMs = PROGRESS_EVERY_MS,
): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    logger.info({ step: what, seconds }, `still ${what} … ${seconds} s`);
  }, everyMs);
  try {
    return await step();
  } finally {
    clearInterval(timer);
  }
}
