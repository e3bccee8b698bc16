import type { SessionUser } from '@pnetz/shared';

/** The signed-in user a request or socket acts for: what policies decide on. */
export type Actor = SessionUser;

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.platformRoles.includes('admin');
}

export function isCoordinator(actor: Actor): boolean {
  return actor.platformRoles.includes('coordinator');
}
