import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { ssoRoutes } from './sso.routes';

/** Single sign-on through the state's identity provider (OpenID Connect), when configured. */
export const ssoFeature: Feature = {
  name: 'sso',
  routes: (bind, w) => ssoRoutes(bind, { env: w.env, logger: categoryLogger(w.logger, 'auth') }),
};
