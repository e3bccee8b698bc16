import type { Feature } from '../feature';
import { authRoutes } from './auth.routes';

/** Sign-in, sign-out, the session, the own password and profile. */
export const authFeature: Feature = {
  name: 'auth',
  routes: (bind, w) =>
    authRoutes(bind, { limiter: w.limiter, sessions: w.sessions, access: w.access }),
  personalData: [
    {
      model: 'User',
      userPaths: [],
      retention: 'until the person deletes the account (then removed)',
      export: { in: 'profile' },
    },
  ],
};
