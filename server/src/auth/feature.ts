import { Router } from 'express';
import type { Feature } from '../feature';
import { accountRoutes } from './account.routes';
import { authRoutes } from './auth.routes';

/** Sign-in, sign-out, the session, the own password, e-mail, profile and sessions. */
export const authFeature: Feature = {
  name: 'auth',
  routes: (bind, w) =>
    Router()
      .use(authRoutes(bind, { limiter: w.limiter, sessions: w.sessions, access: w.access }))
      .use(accountRoutes(bind, { env: w.env, mailer: w.mailer, sessions: w.sessions })),
  personalData: [
    {
      model: 'User',
      userPaths: [],
      retention: 'until the person deletes the account (then removed)',
      export: { in: 'profile' },
    },
  ],
};
