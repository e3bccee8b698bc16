import { Router } from 'express';
import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import { reindexProjects } from '../search/sources/projects';
import { seedDemoProjects } from '../seed/demo-projects';
import { contentRoutes } from './content.routes';
import { projectPersonalData } from './personal-data';
import { projectRoutes } from './projects.routes';
import { attachProjectRealtime, mayJoinProjectRoom } from './projects.realtime';

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
