import { ClientEvent, ServerEvent } from '@pnetz/shared';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { RealtimeServer, RealtimeSocket } from '../realtime/io';
import type { ProgrammeEvents } from './programme-events';
import { requireProgrammeStaff } from './programme.policy';

/** Dashboard viewers (coordinators and platform admins) join this room for live figures. */
export const PROGRAMME_ROOM_PREFIX = 'programme';
export const PROGRAMME_ROOM = `${PROGRAMME_ROOM_PREFIX}:dashboard`;

/**
 * The dashboard's live channel: `programme:join` asks the policy and joins the room; every change
 * a coordinator makes is announced there as `programme:changed`, and viewers refetch.
 */
export function attachProgrammeRealtime(deps: {
  io: RealtimeServer;
  events: ProgrammeEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;
  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.ProgrammeJoin, async (ack) => {
      if (typeof ack !== 'function') return;
      try {
        requireProgrammeStaff(socket.data.actor, 'dashboard.join');
        await socket.join(PROGRAMME_ROOM);
        ack({ ok: true });
      } catch (error) {
        if (error instanceof AppError) {
          ack({ ok: false, error: { id: error.id, message: error.message } });
          return;
        }
        logger.warn({ err: error }, 'joining the programme room failed');
        ack({ ok: false, error: { id: 'internal', message: 'Internal error' } });
      }
    });
    socket.on(ClientEvent.ProgrammeLeave, () => {
      void socket.leave(PROGRAMME_ROOM);
    });
  });
  deps.events.onChanged((change) => {
    io.to(PROGRAMME_ROOM).emit(ServerEvent.ProgrammeChanged, change);
  });
}
