import type { SessionState, SessionUser } from '@pnetz/shared';
import type { Request } from 'express';
import { recordAdminLogin } from '../audit/audit.service';
import { stampSignIn } from './account-sessions';
import { csrfToken, regenerateSession, saveSession } from './session';

export type SignInMethod = 'password' | 'oidc' | 'invitation';

/**
 * Starts a session for a user who just proved who they are (password, single sign-on, an
 * accepted invitation). A new session id prevents session fixation; sign-ins of admins are
 * recorded in the audit log of what they administer.
 */
export async function startSession(
  req: Request,
  user: SessionUser,
  method: SignInMethod,
): Promise<SessionState> {
  await regenerateSession(req);
  stampSignIn(req, user.id);
  const token = csrfToken(req);
  await saveSession(req);
  await recordAdminLogin(user, method);
  return { user, csrfToken: token };
}
