import { endpoints, type SsoError } from '@pnetz/shared';
import { Router, type Request, type Response } from 'express';
import { saveSession } from '../auth/session';
import { startSession } from '../auth/sign-in';
import type { Env } from '../env';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import type { Logger } from '../logger';
import { OidcClient, oidcSettings, type PendingLogin } from './oidc-client';
import { accountForIdentity } from './sso.service';

declare module 'express-session' {
  interface SessionData {
    /** A single sign-on in progress (state, nonce, PKCE verifier). */
    oidc?: PendingLogin;
  }
}

const CALLBACK_PATH = endpoints.sso.oidcCallback.path;

/** Failures go back to the login page, which explains them (`auth.sso.error.<code>`). */
function fail(res: Response, env: Env, req: Request, error: SsoError): void {
  res.redirect(302, `${appUrl(env, req)}/anmelden?sso=${error}`);
}

export function ssoRoutes(bind: RouteBinder, deps: { env: Env; logger: Logger }): Router {
  const router = Router();
  const api = endpoints.sso;
  const { env, logger } = deps;
  const settings = oidcSettings(env);
  const client = settings ? new OidcClient(settings) : null;

  bind(router, api.providers, () => ({
    oidc: { enabled: client !== null, name: client ? env.OIDC_NAME : null },
  }));

  bind(router, api.oidcStart, async ({ query, req, res }) => {
    if (!client) return fail(res, env, req, 'unavailable');
    try {
      const { url, pending } = await client.start(
        `${appUrl(env, req)}${CALLBACK_PATH}`,
        query.next ?? '/',
      );
      req.session.oidc = pending;
      await saveSession(req);
      res.redirect(302, url);
    } catch (error) {
      logger.warn({ err: error }, 'single sign-on could not start');
      fail(res, env, req, 'unavailable');
    }
  });

  bind(router, api.oidcCallback, async ({ req, res }) => {
    const pending = req.session.oidc;
    if (!client || !pending) return fail(res, env, req, 'failed');
    delete req.session.oidc;
    let result;
    try {
      const identity = await client.finish(new URL(req.originalUrl, appUrl(env, req)), pending);
      result = await accountForIdentity(identity, { createAccounts: env.OIDC_CREATE_ACCOUNTS });
    } catch (error) {
      logger.info({ err: error }, 'single sign-on failed');
      return fail(res, env, req, 'failed');
    }
    if (!result.ok) return fail(res, env, req, result.error);
    await startSession(req, result.user, 'oidc');
    res.redirect(302, `${appUrl(env, req)}${pending.next}`);
  });

  return router;
}
