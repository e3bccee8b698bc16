/**
 * Colours for other people's cursors and names. Each is dark enough for white text (at least
 * 4.5:1), because a caret's name label is white text on that colour.
 */
const PALETTE = [
  '#1d4f91',
  '#a4231b',
  '#1e6b3a',
  '#6a3d9a',
  '#8a4b00',
  '#0b6470',
  '#9c1f5d',
  '#4a5666',
] as const;

/** What every participant publishes in the awareness `user` field. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** The same person gets the same colour in every browser and every session. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}

export function presenceUser(user: { id: string; name: string }): PresenceUser {
  return { id: user.id, name: user.name, color: colorFor(user.id) };
}

/** Awareness states come from other clients: only well-formed users are shown. */
export function readPresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return null;
  if (!/^#[0-9a-f]{6}$/i.test(color)) return null;
  return { id, name: name.slice(0, 120), color };
}
