import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { requirePlatformAdmin } from '../admin/admin.policy';
import type { Env } from '../env';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import type { Mailer } from '../mail/mailer';
import { endAccountSession, endSessionsOf, listAccountSessions } from './account-sessions';
import { confirmEmailChange, requestEmailChange } from './email-change.service';
import type { SessionEvents } from './session-events';

/** The own account's sessions and e-mail address, and an admin's way to end someone's sessions. */
export function accountRoutes(
  bind: RouteBinder,
  deps: { env: Env; mailer: Mailer; sessions: SessionEvents },
): Router {
  const router = Router();
  const api = endpoints.auth;

  bind(router, api.listSessions, async ({ actor, req }) => ({
    items: await listAccountSessions(actor.id, req.sessionID),
  }));

  bind(router, api.endSession, async ({ actor, params }) => {
    await endAccountSession(actor.id, params.id, deps.sessions);
  });

  bind(router, api.endOtherSessions, async ({ actor, req }) => ({
    ended: await endSessionsOf(actor.id, deps.sessions, req.sessionID),
  }));

  bind(router, api.changeEmail, async ({ actor, body, req }) => {
    await requestEmailChange(actor.id, body, {
      mailer: deps.mailer,
      appUrl: appUrl(deps.env, req),
    });
  });

  bind(router, api.confirmEmail, async ({ body }) => confirmEmailChange(body.token));

  bind(router, endpoints.admin.endUserSessions, async ({ actor, params }) => {
    requirePlatformAdmin(actor);
    return { ended: await endSessionsOf(params.id, deps.sessions) };
  });

  return router;
}
