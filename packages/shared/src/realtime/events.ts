import { z } from 'zod';
import { ErrorIdSchema } from '../errors';

/** Socket.IO event names. Both ends use these constants, never bare strings. */
export const ServerEvent = {
  /** The session behind this socket ended (logout, expiry); the socket is closed after it. */
  SessionEnded: 'session:ended',
} as const;

export const ClientEvent = {
  /** Round-trip check, answered through the ack. */
  Ping: 'ping:check',
} as const;

export const SocketAckErrorSchema = z.object({
  ok: z.literal(false),
  error: z.object({ id: ErrorIdSchema, message: z.string() }),
});
export type SocketAckError = z.infer<typeof SocketAckErrorSchema>;
export type SocketAck<T> = ({ ok: true } & T) | SocketAckError;

export interface ServerToClientEvents {
  [ServerEvent.SessionEnded]: () => void;
}

export interface ClientToServerEvents {
  [ClientEvent.Ping]: (ack: (result: SocketAck<{ at: string }>) => void) => void;
}
