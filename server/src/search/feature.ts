import type { Feature } from '../feature';
import { searchRoutes } from './search.routes';

/** Full-text search across every registered search source, filtered by each item's audience. */
export const searchFeature: Feature = {
  name: 'search',
  routes: (bind) => searchRoutes(bind),
};
