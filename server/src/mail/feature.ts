import type { Feature } from '../feature';
import { mailRoutes } from './mail.routes';

/** Outgoing mail: SMTP, or the outbox that development and tests read. */
export const mailFeature: Feature = {
  name: 'mail',
  routes: (bind, w) => mailRoutes(bind, { mailer: w.mailer }),
};
