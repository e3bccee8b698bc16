import type { ClientToServerEvents, ServerToClientEvents } from '@pnetz/shared';
import { io, type Socket } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client, authenticated by the given cookie header (if any). */
export function connectSocket(
  url: string,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): TestSocket {
  return io(url, {
    transports: ['websocket'],
    parser: socketParser,
    reconnection: false,
    forceNew: true,
    extraHeaders: { ...(cookie ? { cookie } : {}), ...extraHeaders },
  });
}

/** Resolves once connected, rejects with the server's reason when refused. */
export function whenConnected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}
