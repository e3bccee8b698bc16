import { AnalysisRoomRequestSchema, ClientEvent, ServerEvent } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { rooms, type RealtimeServer, type RealtimeSocket } from '../realtime/io';
import { invalidRoomRequest, roomRequestFailed } from '../realtime/room-ack';
import type { WorkspaceEvents } from '../workspaces/workspace-events';
import type { AnalysisEvents } from './analysis-events';
import { requireAnalysis, standingOf } from './analysis.policy';
import { findAnalysis } from './analysis.service';
import { fieldworkOf } from './fieldwork.service';

/** The room of one analysis's fieldwork dashboard. */
export const analysisRoom = (analysisId: string) => `analysis:${analysisId}`;

/** The analysis room's rule (joining and restored sessions): may read the fieldwork figures. */
export async function mayFollowFieldwork(actor: Actor, analysisId: string): Promise<boolean> {
  try {
    const analysis = await findAnalysis(analysisId);
    requireAnalysis(await standingOf(actor, analysis), 'fieldwork');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * The fieldwork dashboard's live channel: `analysis:join` asks the analysis policy (owners and
 * programme staff) and answers with the current figures; after every stored response the room
 * receives the new figures. A membership change re-checks the person's analysis rooms.
 */
export function attachAnalysisRealtime(deps: {
  io: RealtimeServer;
  events: AnalysisEvents;
  workspaceEvents: WorkspaceEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;
  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.AnalysisJoin, async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = AnalysisRoomRequestSchema.safeParse(payload);
      if (!parsed.success) {
        ack(invalidRoomRequest('analysisId'));
        return;
      }
      try {
        const analysis = await findAnalysis(parsed.data.analysisId);
        requireAnalysis(await standingOf(socket.data.actor, analysis), 'fieldwork');
        await socket.join(analysisRoom(parsed.data.analysisId));
        ack({ ok: true, fieldwork: await fieldworkOf(analysis) });
      } catch (error) {
        ack(roomRequestFailed(error, logger, 'joining an analysis room failed'));
      }
    });
    socket.on(ClientEvent.AnalysisLeave, (payload) => {
      const parsed = AnalysisRoomRequestSchema.safeParse(payload);
      if (parsed.success) void socket.leave(analysisRoom(parsed.data.analysisId));
    });
  });

  const feed = new FieldworkFeed(io, logger);
  deps.events.onResponseStored((analysisId) => feed.stored(analysisId));

  deps.workspaceEvents.onMembershipChanged(({ userId }) => {
    void recheckRooms(io, userId).catch((error: unknown) =>
      logger.warn({ err: error }, 'rechecking analysis rooms failed'),
    );
  });
}

/** How often at most the fieldwork figures of one analysis are recomputed and sent. */
const FIELDWORK_SEND_EVERY_MS = 1_000;

/**
 * Sends an analysis's fieldwork figures after responses are stored: at most once per
 * `FIELDWORK_SEND_EVERY_MS`, always after the last response (a trailing send), and only while
 * somebody follows the dashboard on any instance. The figures are counted over every response, so
 * recounting for each of several submissions a second would make each one slower than the last.
 */
class FieldworkFeed {
  private readonly due = new Set<string>();

  constructor(
    private readonly io: RealtimeServer,
    private readonly logger: Logger,
  ) {}

  stored(analysisId: string): void {
    if (this.due.has(analysisId)) return;
    this.due.add(analysisId);
    setTimeout(() => void this.send(analysisId), FIELDWORK_SEND_EVERY_MS).unref();
  }

  private async send(analysisId: string): Promise<void> {
    // Responses stored from here on schedule the next send, which will count them.
    this.due.delete(analysisId);
    const room = analysisRoom(analysisId);
    try {
      if ((await this.io.in(room).fetchSockets()).length === 0) return;
      const fieldwork = await fieldworkOf(await findAnalysis(analysisId));
      this.io.to(room).emit(ServerEvent.AnalysisFieldwork, fieldwork);
    } catch (error) {
      this.logger.warn({ err: error }, 'sending fieldwork figures failed');
    }
  }
}

/** Removes a person's sockets from analysis rooms they may no longer follow. */
async function recheckRooms(io: RealtimeServer, userId: string): Promise<void> {
  const sockets = await io.in(rooms.user(userId)).fetchSockets();
  const joined = new Set(
    sockets.flatMap((socket) => [...socket.rooms].filter((room) => room.startsWith('analysis:'))),
  );
  if (joined.size === 0) return;
  const actor = sockets[0]!.data.actor;
  for (const room of joined)
    if (!(await mayFollowFieldwork(actor, room.slice('analysis:'.length))))
      io.in(rooms.user(userId)).socketsLeave(room);
}
