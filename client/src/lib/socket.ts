import { ServerEvent, type ClientToServerEvents, type ServerToClientEvents } from '@pnetz/shared';
import { useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What the header shows: the live connection as the user experiences it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface RealtimeHandlers {
  /** The server ended the session (sign-out elsewhere, expiry): the socket is already closed. */
  onSessionEnded: () => void;
  /** The handshake was refused as unauthenticated; the session should be checked again. */
  onAuthRejected: () => void;
}

/** Delay before the client itself retries after failures Socket.IO does not retry on its own. */
const MANUAL_RETRY_MS = [2_000, 5_000, 15_000, 30_000] as const;

let socket: RealtimeSocket | null = null;
/** Counts connects and disconnects, so a client library arriving late opens no stale socket. */
let generation = 0;
let state: ConnectionState = 'offline';
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryCount = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function setState(next: ConnectionState): void {
  if (state === next) return;
  state = next;
  notify();
}

function scheduleRetry(target: RealtimeSocket): void {
  clearTimeout(retryTimer);
  const delay = MANUAL_RETRY_MS[Math.min(retryCount, MANUAL_RETRY_MS.length - 1)];
  retryCount += 1;
  retryTimer = setTimeout(() => {
    if (socket === target && !target.connected) target.connect();
  }, delay);
}

function onBrowserOffline(): void {
  setState('offline');
}

function onBrowserOnline(): void {
  if (socket && !socket.connected) {
    setState('reconnecting');
    socket.connect();
  }
}

/**
 * Opens the one realtime connection of a signed-in user (same origin, session cookie). Socket.IO
 * reconnects by itself after network trouble; refusals by the server are retried here with a
 * back-off, after asking the session owner to check whether the session still exists.
 */
export function connectRealtime(handlers: RealtimeHandlers): void {
  disconnectRealtime();
  const current = generation;
  setState('connecting');
  // Socket.IO's client is fetched with the first connection, not before the first page shows.
  Promise.all([import('socket.io-client'), import('@pnetz/shared/socket-parser')]).then(
    ([{ io }, { socketParser }]) => {
      if (current === generation) open(io, socketParser, handlers);
    },
    () => {
      if (current === generation) setState('offline');
    },
  );
}

function open(
  io: typeof import('socket.io-client').io,
  parser: typeof import('@pnetz/shared/socket-parser').socketParser,
  handlers: RealtimeHandlers,
): void {
  const created: RealtimeSocket = io({
    path: '/socket.io',
    parser,
    withCredentials: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 10_000,
  });
  socket = created;
  notify();

  created.on('connect', () => {
    retryCount = 0;
    setState('connected');
  });
  created.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    setState('reconnecting');
    // After a server-side disconnect Socket.IO does not reconnect on its own.
    if (reason === 'io server disconnect') scheduleRetry(created);
  });
  created.on('connect_error', (error) => {
    if (created.active) {
      setState('reconnecting');
      return;
    }
    setState('offline');
    if (error.message === 'unauthenticated') handlers.onAuthRejected();
    scheduleRetry(created);
  });
  created.io.on('reconnect_attempt', () => setState('reconnecting'));
  created.io.on('reconnect_failed', () => {
    setState('offline');
    scheduleRetry(created);
  });
  created.on(ServerEvent.SessionEnded, () => {
    disconnectRealtime();
    handlers.onSessionEnded();
  });

  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);
  created.connect();
}

/** Closes the connection (sign-out, leaving the signed-in area). */
export function disconnectRealtime(): void {
  generation += 1;
  clearTimeout(retryTimer);
  retryCount = 0;
  window.removeEventListener('offline', onBrowserOffline);
  window.removeEventListener('online', onBrowserOnline);
  const current = socket;
  socket = null;
  if (current) {
    current.removeAllListeners();
    current.io.removeAllListeners();
    current.disconnect();
    notify();
  }
  setState('offline');
}

/** The open socket, if signed in; features use it to emit and listen through the contract. */
export function getSocket(): RealtimeSocket | null {
  return socket;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stateSnapshot(): ConnectionState {
  return state;
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, stateSnapshot, stateSnapshot);
}

/** The current socket (or null); components re-render when it is replaced. */
export function useRealtimeSocket(): RealtimeSocket | null {
  return useSyncExternalStore(subscribe, getSocket, getSocket);
}
