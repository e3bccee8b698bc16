import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Env } from '../env';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { AccessChanges } from '../realtime/access-changes';
import type { LoginLimiter } from './login-limiter';
import { requestPasswordReset, resetPassword } from './password-reset.service';
import type { SessionEvents } from './session-events';

/** "Passwort vergessen?": a reset link by mail, and setting the new password with it. */
export function passwordResetRoutes(
  bind: RouteBinder,
  deps: {
    env: Env;
    logger: Logger;
    mailer: Mailer;
    limiter: LoginLimiter;
    /** The sign-in limits: a reset lifts the block the forgotten password caused. */
    loginLimiter: LoginLimiter;
    sessions: SessionEvents;
    access: AccessChanges;
  },
): Router {
  const router = Router();
  const api = endpoints.auth;

  bind(router, api.requestPasswordReset, async ({ body, req }) => {
    await requestPasswordReset(
      { email: body.email, ip: req.ip ?? 'unknown' },
      { ...deps, appUrl: appUrl(deps.env, req) },
    );
  });

  bind(router, api.resetPassword, async ({ body, req }) => {
    await resetPassword({ ...body, ip: req.ip ?? 'unknown' }, deps);
  });

  return router;
}
