import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { adminRoutes } from './admin.routes';

/** Platform administration: accounts, platform roles, account state, founding councils. */
export const adminFeature: Feature = {
  name: 'admin',
  routes: (bind, w) =>
    adminRoutes(bind, {
      env: w.env,
      logger: categoryLogger(w.logger, 'mail'),
      mailer: w.mailer,
      access: w.access,
      sessions: w.sessions,
    }),
};
