import type { Env } from '../env';
import { resolveSessionSecret } from '../auth/session';
import { categoryLogger, type Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { Notifier } from '../notifications/notifier';
import { mailBaseUrl } from '../projects/wiring';
import type { TrainingContext } from './context';
import { TrainingMails } from './training-mail';

/** What the training routes and jobs share: mails (outbox or SMTP) and the link secret. */
export function createTrainingContext(
  env: Env,
  logger: Logger,
  mailer: Mailer,
  notifier?: Notifier,
): TrainingContext {
  return {
    mails: new TrainingMails({
      mailer,
      baseUrl: mailBaseUrl(env),
      logger: categoryLogger(logger, 'mail'),
      ...(notifier ? { notifier } : {}),
    }),
    secret: resolveSessionSecret(env),
  };
}
