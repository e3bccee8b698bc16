import type { Feature } from '../../feature';
import { matchingRoutes } from './matching.routes';

/** Suggestions: councils, projects and reports that fit a project or a measure. */
export const matchingFeature: Feature = {
  name: 'matching',
  routes: (bind) => matchingRoutes(bind),
};
