import type { Feature } from '../feature';
import { libraryRoutes } from './library.routes';

/** A council's file library: every file attached in its workspace, as far as the caller may see. */
export const libraryFeature: Feature = {
  name: 'library',
  routes: (bind) => libraryRoutes(bind),
};
