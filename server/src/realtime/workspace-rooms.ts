import {
  ClientEvent,
  ServerEvent,
  WorkspaceRoomRequestSchema,
  type WorkspaceRole,
} from '@pnetz/shared';
import type { Logger } from '../logger';
import type { WorkspaceEvents } from '../workspaces/workspace-events';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { rooms, type RealtimeServer, type RealtimeSocket } from './io';
import { invalidRoomRequest, roomRequestFailed } from './room-ack';

/** Removes every socket of a person from a council's room, at once (left, removed, deleted). */
export function removeUserFromWorkspaceRoom(
  io: RealtimeServer,
  userId: string,
  workspaceId: string,
): void {
  io.in(rooms.user(userId)).socketsLeave(rooms.workspace(workspaceId));
}

/** Joins one socket to a council's room if the workspace policy allows it; returns the role. */
export async function joinWorkspaceRoom(
  socket: RealtimeSocket,
  workspaceId: string,
): Promise<WorkspaceRole> {
  const { membership } = await authorizeWorkspace(socket.data.actor, workspaceId, 'room.join');
  // `room.join` is for members only, so a membership exists here.
  await socket.join(rooms.workspace(workspaceId));
  return membership!.role;
}

/**
 * Council rooms: members join `workspace:<id>` to receive its live events. The policy is asked
 * on every join, and membership changes from the REST API take effect on open sockets at once.
 */
export function attachWorkspaceRooms(deps: {
  io: RealtimeServer;
  events: WorkspaceEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;

  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.WorkspaceJoin, async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = WorkspaceRoomRequestSchema.safeParse(payload);
      if (!parsed.success) {
        ack(invalidRoomRequest('workspaceId'));
        return;
      }
      try {
        ack({ ok: true, role: await joinWorkspaceRoom(socket, parsed.data.workspaceId) });
      } catch (error) {
        ack(roomRequestFailed(error, logger, 'joining a council room failed'));
      }
    });
    socket.on(ClientEvent.WorkspaceLeave, (payload) => {
      const parsed = WorkspaceRoomRequestSchema.safeParse(payload);
      if (parsed.success) void socket.leave(rooms.workspace(parsed.data.workspaceId));
    });
  });

  deps.events.onMembershipChanged(({ workspaceId, userId, role }) => {
    if (role === null) removeUserFromWorkspaceRoom(io, userId, workspaceId);
    io.to(rooms.user(userId)).emit(ServerEvent.MembershipChanged, { workspaceId, role });
  });
}
