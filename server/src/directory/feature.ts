import type { Feature } from '../feature';
import { directoryRoutes } from './directory.routes';

/** Who does what in which council: reads memberships, users and projects, stores nothing. */
export const directoryFeature: Feature = {
  name: 'directory',
  routes: (bind) => directoryRoutes(bind),
};
