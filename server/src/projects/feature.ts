import { Router } from 'express';
import type { Env } from '../env';
import type { Feature } from '../feature';
import { categoryLogger, type Logger } from '../logger';
import { createMailer, type Mailer } from '../mail/mailer';
import { NotificationEvents } from '../notifications/notification-events';
import { Notifier } from '../notifications/notifier';
import { roomChannel } from '../realtime/access-changes';
import { reindexProjects } from '../search/sources/projects';
import { seedDemoProjects } from '../seed/demo-projects';
import { contentRoutes } from './content.routes';
import { projectPersonalData } from './personal-data';
import { ProjectEvents } from './project-events';
import { projectRoutes } from './projects.routes';
import { attachProjectRealtime, mayJoinProjectRoom } from './projects.realtime';

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

/** Projects: the record, updates, comments, files, the activity feed and the project room. */
export const projectsFeature: Feature = {
  name: 'projects',
  routes: (bind, w) => {
    const deps = { events: w.projects.projectEvents, notifier: w.projects.notifier };
    const router = Router();
    router.use(projectRoutes(bind, { ...deps, env: w.env, access: w.access }));
    router.use(contentRoutes(bind, deps));
    return router;
  },
  realtime: ({ io, wiring }) =>
    attachProjectRealtime({
      io,
      events: wiring.projects.projectEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  live: () => [roomChannel('project', 'project', mayJoinProjectRoom)],
  search: [{ name: 'projects', reindex: reindexProjects }],
  personalData: projectPersonalData,
  seed: () => seedDemoProjects(),
};
