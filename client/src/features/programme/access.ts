import type { SessionUser } from '@pnetz/shared';

/**
 * Whether the dashboard is for this user. The server decides (programme.policy.ts); the client
 * only chooses which view to show: coordinators and platform admins see every municipality,
 * everyone else the programme status of their own councils' municipalities.
 */
export function seesWholeProgramme(user: SessionUser | null): boolean {
  return Boolean(
    user && (user.platformRoles.includes('coordinator') || user.platformRoles.includes('admin')),
  );
}
