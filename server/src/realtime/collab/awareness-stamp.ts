import type { PresenceUser } from '@pnetz/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Rewrites a participant's awareness update before it reaches anyone: every state it carries
 * gets the `user` field of the connection's signed-in person (name and colour), whatever the
 * client claimed, and states of awareness clients that belong to another connection are dropped,
 * so nobody can appear as someone else or move someone else's caret. Removals (null states) pass.
 * Throws on an update that does not decode.
 */
export function stampAwareness(
  update: Uint8Array,
  user: PresenceUser,
  ownedByOther: (clientId: number) => boolean,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (ownedByOther(clientId)) continue;
    const state =
      parsed === null
        ? null
        : { ...(typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}), user };
    entries.push({ clientId, clock, state: JSON.stringify(state) });
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
