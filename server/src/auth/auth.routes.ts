import { endpoints } from '@pnetz/shared';
import { Router, type Request } from 'express';
import type { RouteBinder } from '../http/route';
import { endSessionsOf } from './account-sessions';
import type { Actor } from './actor';
import * as auth from './auth.service';
import type { AccessChanges } from '../realtime/access-changes';
import type { LoginLimiter } from './login-limiter';
import { SESSION_COOKIE, csrfToken, destroySession } from './session';
import type { SessionEvents } from './session-events';
import { startSession } from './sign-in';

/** Resolves the signed-in user of a request from its session. */
export async function authenticateRequest(req: Request): Promise<Actor | null> {
  const userId = req.session?.userId;
  return userId ? auth.findSessionUser(userId) : null;
}

export function authRoutes(
  bind: RouteBinder,
  deps: { limiter: LoginLimiter; sessions: SessionEvents; access: AccessChanges },
): Router {
  const router = Router();
  const api = endpoints.auth;

  bind(router, api.session, async ({ actor, req }) => ({ user: actor, csrfToken: csrfToken(req) }));

  bind(router, api.login, async ({ body, req }) => {
    const user = await auth.login(deps.limiter, { ...body, ip: req.ip ?? 'unknown' });
    return startSession(req, user, 'password');
  });

  bind(router, api.logout, async ({ req, res }) => {
    const sessionId = req.sessionID;
    await destroySession(req);
    res.clearCookie(SESSION_COOKIE);
    deps.sessions.ended(sessionId);
  });

  // A new password ends every other session (one left open on a shared office PC is closed), and
  // the live connections of every other session with it; this one keeps its sockets.
  bind(router, api.changePassword, async ({ actor, body, req }) => {
    await auth.changePassword(actor.id, body.currentPassword, body.newPassword);
    await endSessionsOf(actor.id, deps.sessions, req.sessionID);
    await deps.access.publish({ kind: 'password', userId: actor.id, keepSessionId: req.sessionID });
  });

  bind(router, api.updateProfile, async ({ actor, body }) => auth.updateProfile(actor.id, body));

  return router;
}
