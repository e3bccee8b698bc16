import { Router } from 'express';
import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { accountRoutes } from './account.routes';
import { authRoutes } from './auth.routes';
import { passwordResetRoutes } from './password-reset.routes';
import { forgetPasswordResets } from './password-reset.service';

/** Sign-in, sign-out, the session, the own password, e-mail, profile and sessions. */
export const authFeature: Feature = {
  name: 'auth',
  routes: (bind, w) =>
    Router()
      .use(authRoutes(bind, { limiter: w.limiter, sessions: w.sessions, access: w.access }))
      .use(accountRoutes(bind, { env: w.env, mailer: w.mailer, sessions: w.sessions }))
      .use(
        passwordResetRoutes(bind, {
          env: w.env,
          logger: categoryLogger(w.logger, 'auth'),
          mailer: w.mailer,
          limiter: w.resetLimiter,
          loginLimiter: w.limiter,
          sessions: w.sessions,
          access: w.access,
        }),
      ),
  personalData: [
    {
      model: 'User',
      userPaths: [],
      retention: 'until the person deletes the account (then removed)',
      export: { in: 'profile' },
    },
    {
      model: 'PasswordReset',
      userPaths: ['userId'],
      retention: 'until used, replaced by a newer link, or the account is deleted',
      export: { in: 'none', reason: 'hashes of one-time links, no content of the person' },
      erase: forgetPasswordResets,
    },
  ],
};
