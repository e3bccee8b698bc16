import { collect, type Feature } from '../feature';
import { privacyRoutes } from './privacy.routes';

/**
 * The DSGVO export and account deletion. Both read the `personalData` declarations of every
 * registered feature, so a feature's data is exported and erased by being declared.
 */
export const privacyFeature: Feature = {
  name: 'privacy',
  routes: (bind, w) =>
    privacyRoutes(bind, {
      sessions: w.sessions,
      events: w.workspaceEvents,
      access: w.access,
      personalData: collect.personalData(w.features),
    }),
};
