import type { Env } from '../env';
import { categoryLogger, type Logger } from '../logger';
import { createMailer, type Mailer } from '../mail/mailer';
import { NotificationEvents } from '../notifications/notification-events';
import { Notifier } from '../notifications/notifier';
import { ProjectEvents } from './project-events';

/** What projects and notifications share between the REST routes, the sockets and the jobs. */
export interface ProjectWiring {
  projectEvents: ProjectEvents;
  notificationEvents: NotificationEvents;
  notifier: Notifier;
  mailer: Mailer;
}

/** Links in mails outside a request (jobs): the public address, or this server's. */
export function mailBaseUrl(env: Env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

export function createProjectWiring(env: Env, logger: Logger, mailer?: Mailer): ProjectWiring {
  const notificationEvents = new NotificationEvents();
  const mail = mailer ?? createMailer(env, categoryLogger(logger, 'mail'));
  return {
    projectEvents: new ProjectEvents(),
    notificationEvents,
    mailer: mail,
    notifier: new Notifier({
      mailer: mail,
      events: notificationEvents,
      logger: categoryLogger(logger, 'mail'),
      baseUrl: mailBaseUrl(env),
    }),
  };
}
