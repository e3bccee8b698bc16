import type { PresenceUser } from '@pnetz/shared';

export { presenceUser, type PresenceUser } from '@pnetz/shared';

/** Awareness states come from other clients: only well-formed users are shown. */
export function readPresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return null;
  if (!/^#[0-9a-f]{6}$/i.test(color)) return null;
  return { id, name: name.slice(0, 120), color };
}
