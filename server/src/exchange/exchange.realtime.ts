import { ClientEvent, ExchangeRoomRequestSchema, ServerEvent } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { rooms, type RealtimeServer, type RealtimeSocket } from '../realtime/io';
import { invalidRoomRequest, roomRequestFailed } from '../realtime/room-ack';
import type { ExchangeEvents } from './exchange-events';
import { authorizeExchange } from './exchange.policy';

/** The room of one exchange: everyone viewing it receives its posts and changes. */
export const EXCHANGE_ROOM_PREFIX = 'exchange';
export const exchangeRoom = (exchangeId: string) => `${EXCHANGE_ROOM_PREFIX}:${exchangeId}`;

/**
 * Live discussion: `exchange:join` asks the exchange policy (anyone who may read it), then posts
 * and changes are sent to the room. Who may stay is re-checked on every access change through
 * the exchange's live channel (feature.ts), with `mayStayInExchangeRoom`.
 */
export function attachExchangeRealtime(deps: {
  io: RealtimeServer;
  events: ExchangeEvents;
  logger: Logger;
}): void {
  const { io, logger } = deps;

  io.on('connection', (socket: RealtimeSocket) => {
    socket.on(ClientEvent.ExchangeJoin, async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ExchangeRoomRequestSchema.safeParse(payload);
      if (!parsed.success) {
        ack(invalidRoomRequest('exchangeId'));
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
        ack(roomRequestFailed(error, logger, 'joining an exchange room failed'));
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
}

/** The exchange room's rule (access changes and restored sessions): may still read it. */
export async function mayStayInExchangeRoom(actor: Actor, exchangeId: string): Promise<boolean> {
  try {
    await authorizeExchange(actor, exchangeId, 'read');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
