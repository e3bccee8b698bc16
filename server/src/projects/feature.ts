import { Router } from 'express';
import type { Env } from '../env';
import type { RouteBinder } from '../http/route';
import { categoryLogger, type Logger } from '../logger';
import { createMailer, type Mailer } from '../mail/mailer';
import { startNotificationJobs } from '../notifications/jobs';
import { NotificationEvents } from '../notifications/notification-events';
import { notificationRoutes } from '../notifications/notifications.routes';
import { attachNotificationRealtime } from '../notifications/notifications.realtime';
import { Notifier } from '../notifications/notifier';
import type { RealtimeServer } from '../realtime/io';
import { contentRoutes } from './content.routes';
import { ProjectEvents } from './project-events';
import { projectRoutes } from './projects.routes';
import { attachProjectRealtime } from './projects.realtime';

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

/** The REST routes of projects, their updates, comments and files, and of notifications. */
export function projectFeatureRoutes(bind: RouteBinder, env: Env, wiring: ProjectWiring): Router {
  const deps = { events: wiring.projectEvents, notifier: wiring.notifier };
  const router = Router();
  router.use(projectRoutes(bind, { ...deps, env }));
  router.use(contentRoutes(bind, deps));
  router.use(notificationRoutes(bind, { events: wiring.notificationEvents }));
  return router;
}

/** The live side: project and user rooms, and the background jobs. Returns how to stop them. */
export function attachProjectFeature(deps: {
  io: RealtimeServer;
  env: Env;
  logger: Logger;
  wiring: ProjectWiring;
}): { stop(): void } {
  const realtimeLogger = categoryLogger(deps.logger, 'realtime');
  attachProjectRealtime({ io: deps.io, events: deps.wiring.projectEvents, logger: realtimeLogger });
  attachNotificationRealtime({ io: deps.io, events: deps.wiring.notificationEvents });
  return startNotificationJobs({
    notifier: deps.wiring.notifier,
    mailer: deps.wiring.mailer,
    baseUrl: mailBaseUrl(deps.env),
    digestHour: deps.env.NOTIFICATION_DIGEST_HOUR,
    logger: categoryLogger(deps.logger, 'mail'),
  });
}
