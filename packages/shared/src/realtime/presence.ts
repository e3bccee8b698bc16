/**
 * Colours for other people's cursors and names. Each is dark enough for white text (at least
 * 4.5:1), because a caret's name label is white text on that colour.
 */
export const PRESENCE_PALETTE = [
  '#1d4f91',
  '#a4231b',
  '#1e6b3a',
  '#6a3d9a',
  '#8a4b00',
  '#0b6470',
  '#9c1f5d',
  '#4a5666',
] as const;

/**
 * What every participant shows in the awareness `user` field. The server overwrites it with the
 * signed-in person of the connection, so nobody can appear as someone else.
 */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** The same person gets the same colour in every browser and every session. */
export function presenceColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_PALETTE[hash % PRESENCE_PALETTE.length] ?? PRESENCE_PALETTE[0];
}

export function presenceUser(user: { id: string; name: string }): PresenceUser {
  return { id: user.id, name: user.name, color: presenceColor(user.id) };
}
