import type { SessionUser } from '@pnetz/shared';
import { adminPaths } from './paths';

/*
 * What the administration UI offers whom. These only decide what to show: the server's
 * admin.policy.ts decides what is allowed and answers 403 to everyone else.
 */

/** Listing accounts and changing platform roles: platform admins. */
export function canManageAccounts(user: SessionUser | null): boolean {
  return user?.platformRoles.includes('admin') ?? false;
}

/** Founding a council: platform admins and programme coordinators. */
export function canFoundCouncils(user: SessionUser | null): boolean {
  return user?.platformRoles.some((role) => role === 'admin' || role === 'coordinator') ?? false;
}

/**
 * The whole outbox: platform admins (every mail) and programme coordinators (the invitations,
 * e.g. the link for a council's first admin when no mail server is configured).
 */
export function canReadPlatformOutbox(user: SessionUser | null): boolean {
  return canFoundCouncils(user);
}

/** Where the "Verwaltung" entry leads: the first administration page the person may use. */
export function adminEntryPath(user: SessionUser | null): string | null {
  if (canManageAccounts(user)) return adminPaths.accounts;
  if (canFoundCouncils(user)) return adminPaths.foundCouncil;
  return null;
}
