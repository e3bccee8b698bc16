import { ClientEvent, ProjectRoomRequestSchema, ServerEvent } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { rooms, type RealtimeServer, type RealtimeSocket } from '../realtime/io';
import { invalidRoomRequest, roomRequestFailed } from '../realtime/room-ack';
import type { ProjectEvents } from './project-events';
import { authorizeProject } from './projects.policy';

/** Whether a person may be in a project's room: whoever may see the project. */
export async function mayJoinProjectRoom(actor: Actor, projectId: string): Promise<boolean> {
  try {
    await authorizeProject(actor, projectId, 'read');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * Live project events. Everything about a project goes to its council's room (members, who see
 * all of the council's projects); events of projects shared beyond the council also go to the
 * project's room, where anyone who may see the project can listen. An internal project's events
 * never reach the project room, so nobody outside the council hears of them, and a member who
 * is removed stops hearing of them as their sockets leave the council's room.
 */
export function attachProjectRealtime(deps: {
  io: RealtimeServer;
  events: ProjectEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;

  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.ProjectJoin, async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ProjectRoomRequestSchema.safeParse(payload);
      if (!parsed.success) {
        ack(invalidRoomRequest('projectId'));
        return;
      }
      try {
        await authorizeProject(socket.data.actor, parsed.data.projectId, 'read');
        await socket.join(rooms.project(parsed.data.projectId));
        ack({ ok: true });
      } catch (error) {
        ack(roomRequestFailed(error, logger, 'joining a project room failed'));
      }
    });
    socket.on(ClientEvent.ProjectLeave, (payload) => {
      const parsed = ProjectRoomRequestSchema.safeParse(payload);
      if (parsed.success) void socket.leave(rooms.project(parsed.data.projectId));
    });
  });

  deps.events.onFeed(({ item, visibility }) => {
    const targets = [rooms.workspace(item.workspaceId)];
    if (visibility !== 'workspace') targets.push(rooms.project(item.project.id));
    // One emit to several rooms reaches each socket once, even if it is in both.
    io.to(targets).emit(ServerEvent.ProjectFeed, item);
  });
}
