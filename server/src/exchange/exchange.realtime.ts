import { ClientEvent, ExchangeRoomRequestSchema, ServerEvent, type SocketAck } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { rooms, type RealtimeServer, type RealtimeSocket } from '../realtime/io';
import type { WorkspaceEvents } from '../workspaces/workspace-events';
import type { ExchangeEvents } from './exchange-events';
import { ExchangeModel } from './exchange.model';
import { authorizeExchange, exchangeAccess, rolesOf } from './exchange.policy';

/** The room of one exchange: everyone viewing it receives its posts and changes. */
export const exchangeRoom = (exchangeId: string) => `exchange:${exchangeId}`;

type AckError = Extract<SocketAck<never>, { ok: false }>;

function ackError(error: unknown): AckError {
  if (error instanceof AppError)
    return { ok: false, error: { id: error.id, message: error.message } };
  return { ok: false, error: { id: 'internal', message: 'Internal error' } };
}

/**
 * Live discussion: `exchange:join` asks the exchange policy (anyone who may read it), then posts
 * and changes are sent to the room. When a membership ends or changes, the person's sockets are
 * checked again and leave the rooms of exchanges they may no longer read.
 */
export function attachExchangeRealtime(deps: {
  io: RealtimeServer;
  events: ExchangeEvents;
  workspaceEvents: WorkspaceEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;

  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.ExchangeJoin, async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ExchangeRoomRequestSchema.safeParse(payload);
      if (!parsed.success) {
        ack({
          ok: false,
          error: { id: 'validation_failed', message: 'exchangeId must be a 24-character hex id' },
        });
        return;
      }
      try {
        const { access } = await authorizeExchange(
          socket.data.actor,
          parsed.data.exchangeId,
          'read',
        );
        await socket.join(exchangeRoom(parsed.data.exchangeId));
        ack({ ok: true, access });
      } catch (error) {
        if (!(error instanceof AppError))
          logger.warn({ err: error }, 'joining an exchange room failed');
        ack(ackError(error));
      }
    });
    socket.on(ClientEvent.ExchangeLeave, (payload) => {
      const parsed = ExchangeRoomRequestSchema.safeParse(payload);
      if (parsed.success) void socket.leave(exchangeRoom(parsed.data.exchangeId));
    });
  });

  deps.events.onPosted((post) => {
    io.to(exchangeRoom(post.exchangeId)).emit(ServerEvent.ExchangePost, post);
  });
  deps.events.onChanged((change) => {
    io.to(exchangeRoom(change.exchangeId)).emit(ServerEvent.ExchangeChanged, change);
  });
  deps.events.onMentioned((userId, mention) => {
    io.to(rooms.user(userId)).emit(ServerEvent.ExchangeMention, mention);
  });

  deps.workspaceEvents.onMembershipChanged(({ userId }) => {
    void recheckRooms(io, userId).catch((error: unknown) =>
      logger.warn({ err: error }, 'rechecking exchange rooms failed'),
    );
  });
}

/** Removes a person's sockets from exchange rooms they may no longer read. */
async function recheckRooms(io: RealtimeServer, userId: string): Promise<void> {
  const sockets = await io.in(rooms.user(userId)).fetchSockets();
  const joined = new Set(
    sockets.flatMap((socket) => [...socket.rooms].filter((room) => room.startsWith('exchange:'))),
  );
  if (joined.size === 0) return;
  const actor = sockets[0]!.data.actor;
  const roles = await rolesOf(actor);
  const exchanges = await ExchangeModel.find({
    _id: { $in: [...joined].map((room) => room.slice('exchange:'.length)) },
  }).lean();
  const readable = new Set(
    exchanges
      .filter((e) => exchangeAccess(actor, roles, e) !== null)
      .map((e) => exchangeRoom(e._id.toHexString())),
  );
  for (const room of joined) if (!readable.has(room)) io.in(rooms.user(userId)).socketsLeave(room);
}

/** The exchange room's rule for restored sessions (see realtime/recovery-guard.ts): may still read it. */
export async function mayStayInExchangeRoom(actor: Actor, exchangeId: string): Promise<boolean> {
  try {
    await authorizeExchange(actor, exchangeId, 'read');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
