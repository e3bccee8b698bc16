import type { Request } from 'express';
import type { Env } from '../env';

/**
 * The address of the web client for links in mails and OAuth redirects: PUBLIC_URL when set
 * (production), otherwise the address the request came to (development, tests).
 */
export function appUrl(env: Env, req: Request): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/\/+$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
