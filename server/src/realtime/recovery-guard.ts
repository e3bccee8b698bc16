import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import type { LiveChannel } from './access-changes';
import type { RealtimeServer, SocketData } from './io';
import { currentActor } from './live-actor';

/** Decides whether a person may (still) be in a room, from the part after `<prefix>:`. */
export type RoomGuard = (actor: Actor, id: string) => Promise<boolean>;

/** The recovery guards of the registered live channels, by room prefix. */
export function roomGuards(channels: readonly LiveChannel[]): Record<string, RoomGuard> {
  return Object.fromEntries(
    channels.flatMap((channel) =>
      channel.room ? [[channel.room.prefix, channel.room.mayStay]] : [],
    ),
  );
}

/**
 * Socket.IO's connection state recovery puts a reconnecting socket back into the rooms it had
 * and replays the events sent to them meanwhile, before any middleware or handler of ours runs.
 * A member removed during the outage would get both. So every restored session is checked
 * first: if any of its guarded rooms is no longer allowed, recovery is refused; the client then
 * connects afresh, joins rooms through the policies again, and catches up with the feeds'
 * `since` cursor, which applies the same rules. Transient rooms (those with one of the
 * `transient` prefixes, e.g. a collaborative document's participants) are dropped from the
 * restored session: they are joined anew, with their own check, when the client rejoins. Rooms
 * without a guard (its own id, the session room) are kept. The actor is loaded afresh: the copy
 * stored with the session may predate a change of role or account.
 */
export function guardRecovery(
  io: RealtimeServer,
  guards: Record<string, RoomGuard>,
  logger: Logger,
  transient: string[] = [],
): void {
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  // The adapters answer null for "no session to restore" although their typings do not say so.
  const noSession = null as unknown as Awaited<ReturnType<typeof restore>>;
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    if (!session) return noSession;
    const data = session.data as Partial<SocketData> | undefined;
    if (!data?.actor) return noSession;
    const actor = await currentActor(data.actor.id, data.sessionId);
    if (!actor) return noSession;
    session.data = { ...data, actor };
    session.rooms = session.rooms.filter(
      (room) => !transient.some((prefix) => room.startsWith(`${prefix}:`)),
    );
    for (const room of session.rooms) {
      const separator = room.indexOf(':');
      const guard = separator > 0 ? guards[room.slice(0, separator)] : undefined;
      if (guard && !(await guard(actor, room.slice(separator + 1)))) {
        logger.info(
          { userId: actor.id, room },
          'connection state recovery refused: room no longer allowed',
        );
        return noSession;
      }
    }
    return session;
  };
}

/** The council room's rule for restored sessions: still a member (workspaces.policy `room.join`). */
export async function mayStayInWorkspaceRoom(actor: Actor, workspaceId: string): Promise<boolean> {
  try {
    await authorizeWorkspace(actor, workspaceId, 'room.join');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
