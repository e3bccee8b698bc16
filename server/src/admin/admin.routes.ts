import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Env } from '../env';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { SessionEvents } from '../auth/session-events';
import { endAllSessions } from '../privacy/deletion.service';
import type { AccessChanges } from '../realtime/access-changes';
import { requireCanFoundWorkspace, requirePlatformAdmin } from './admin.policy';
import * as admin from './admin.service';

export function adminRoutes(
  bind: RouteBinder,
  deps: {
    env: Env;
    logger: Logger;
    mailer: Mailer;
    access: AccessChanges;
    sessions: SessionEvents;
  },
): Router {
  const router = Router();
  const api = endpoints.admin;

  bind(router, api.listUsers, async ({ actor, query }) => {
    requirePlatformAdmin(actor);
    return admin.listUsers(query);
  });

  bind(router, api.setPlatformRoles, async ({ actor, params, body }) => {
    requirePlatformAdmin(actor);
    const user = await admin.setPlatformRoles(actor, params.id, body.platformRoles);
    await deps.access.publish({ kind: 'platform_role', userId: params.id });
    return user;
  });

  bind(router, api.setAccountState, async ({ actor, params, body }) => {
    requirePlatformAdmin(actor);
    const user = await admin.setAccountState(actor, params.id, body.active);
    // A deactivated account's sessions end for good: reactivation means signing in again.
    if (!body.active) await endAllSessions(params.id, deps.sessions);
    await deps.access.publish({ kind: 'account', userId: params.id });
    return user;
  });

  bind(router, api.createWorkspace, async ({ actor, body, req }) => {
    requireCanFoundWorkspace(actor);
    return admin.createWorkspace(actor, body, {
      mailer: deps.mailer,
      logger: deps.logger,
      appUrl: appUrl(deps.env, req),
    });
  });

  return router;
}
