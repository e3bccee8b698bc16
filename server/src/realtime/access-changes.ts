import { ServerEvent } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import type { Logger } from '../logger';
import { InterServerEvent, rooms, type RealtimeServer, type RealtimeSocket } from './io';
import { currentActor } from './live-actor';
import type { AccessChange } from './access-change';

export type { AccessChange } from './access-change';

/** What a live channel gets when a change may concern connections on this instance. */
export interface RevalidationScope {
  change: AccessChange;
  /**
   * This instance's Socket.IO connections the change may concern: the person's sockets for a
   * change of a person, the record room's sockets for a change of a record. Their actors are
   * already reloaded; sockets that lost their session or account are already disconnected.
   */
  sockets: RealtimeSocket[];
  /** The current actor of a connection: null when its session ended or the account is gone. */
  reloadActor(userId: string, sessionId: string | undefined): Promise<Actor | null>;
}

/**
 * A live channel: anything that pushes data to open connections. Every channel registers in
 * its feature's module (`<feature>/feature.ts`); the registry hands each one every access change,
 * so a new channel obeys the access rules by registering, not by remembering.
 */
export interface LiveChannel {
  /** For logs and the architecture notes, e.g. `exchange`. */
  name: string;
  /**
   * The Socket.IO room prefix the channel owns (rooms are `<prefix>:<id>`), with the rule for
   * staying in one. The same rule guards connection state recovery (recovery-guard.ts).
   */
  room?: { prefix: string; mayStay(actor: Actor, id: string): Promise<boolean> };
  /**
   * Re-evaluates this instance's connections after a change. Room channels get a default that
   * asks `room.mayStay` for every affected socket's room of this channel (`roomRevalidation`).
   */
  revalidate(scope: RevalidationScope): Promise<void>;
}

/** The default revalidation of a room channel: affected sockets leave the rooms they lost. */
export function roomRevalidation(
  prefix: string,
  mayStay: (actor: Actor, id: string) => Promise<boolean>,
): LiveChannel['revalidate'] {
  return async ({ sockets }) => {
    for (const socket of sockets) {
      for (const room of socket.rooms) {
        if (!room.startsWith(`${prefix}:`)) continue;
        if (!(await mayStay(socket.data.actor, room.slice(prefix.length + 1))))
          await socket.leave(room);
      }
    }
  };
}

/** A channel over Socket.IO rooms `<prefix>:<id>` whose rule is `mayStay`. */
export function roomChannel(
  name: string,
  prefix: string,
  mayStay: (actor: Actor, id: string) => Promise<boolean>,
): LiveChannel {
  return { name, room: { prefix, mayStay }, revalidate: roomRevalidation(prefix, mayStay) };
}

/** The room whose sockets a change may concern: the person's, or the record's. */
const roomOf = (change: AccessChange): string =>
  change.kind === 'visibility'
    ? `${change.resource.type}:${change.resource.id}`
    : change.kind === 'session'
      ? rooms.session(change.sessionId)
      : rooms.user(change.userId);

/**
 * The one publisher of access changes. Code that changes a membership, a role, a visibility,
 * an account or a password calls `publish` once; this instance re-evaluates its connections at
 * once and, when other instances run beside it (REDIS_URL), tells them through the Socket.IO
 * adapter's Redis stream so that they do the same.
 */
export class AccessChanges {
  private io: RealtimeServer | null = null;
  private channels: readonly LiveChannel[] = [];
  private otherInstances = false;
  private logger: Logger | null = null;
  private received = 0;

  /**
   * Counts the changes this instance has heard of, its own and the other instances'. A check
   * that read a person's access before and finds the count unchanged after knows that nothing
   * it read has changed since (a change is published after it is stored).
   */
  get generation(): number {
    return this.received;
  }

  /** Binds the publisher to the realtime server and the registered channels (server.ts). */
  attach(deps: {
    io: RealtimeServer;
    channels: readonly LiveChannel[];
    otherInstances: boolean;
    logger: Logger;
  }): void {
    this.io = deps.io;
    this.channels = deps.channels;
    this.otherInstances = deps.otherInstances;
    this.logger = deps.logger;
    deps.io.on(InterServerEvent.AccessChanged, (change) => void this.runLocally(change));
  }

  /**
   * Publishes a change to every instance. Resolves when this instance has re-evaluated its own
   * connections (callers need not wait; the others follow within the Redis round trip).
   */
  publish(change: AccessChange): Promise<void> {
    if (!this.io) return Promise.resolve();
    if (this.otherInstances) this.io.serverSideEmit(InterServerEvent.AccessChanged, change);
    return this.runLocally(change);
  }

  private runLocally(change: AccessChange): Promise<void> {
    this.received += 1;
    return this.revalidate(change).catch((error: unknown) => {
      this.logger?.warn({ err: error, change }, 'revalidating live connections failed');
    });
  }

  private async revalidate(change: AccessChange): Promise<void> {
    const namespace = this.io!.of('/');
    // A copy: sockets that lost their session leave the room while this runs.
    const ids = [...(namespace.adapter.rooms.get(roomOf(change)) ?? [])];
    const alive: RealtimeSocket[] = [];
    for (const id of ids) {
      const socket = namespace.sockets.get(id);
      if (socket && (await this.reloadSocketActor(socket, change))) alive.push(socket);
    }
    for (const channel of this.channels)
      await channel.revalidate({ change, sockets: alive, reloadActor: currentActor });
  }

  /** Loads the socket's actor afresh; ends the socket when its session or account is gone. */
  private async reloadSocketActor(
    socket: RealtimeSocket,
    change: AccessChange,
  ): Promise<Actor | null> {
    const { sessionId } = socket.data;
    const endsSession =
      (change.kind === 'session' && sessionId === change.sessionId) ||
      (change.kind === 'password' &&
        change.userId === socket.data.actor.id &&
        sessionId !== change.keepSessionId);
    const actor = endsSession ? null : await currentActor(socket.data.actor.id, sessionId);
    if (!actor) {
      endSocket(this.io!, socket);
      return null;
    }
    socket.data.actor = actor;
    return actor;
  }
}

/**
 * Tells a socket that its session ended, then disconnects it. The notice goes out on this
 * instance only: a plain `socket.emit` with connection state recovery goes through the adapter,
 * which with Redis first publishes it to the stream and only then sends it, so the disconnect
 * that follows would overtake it.
 */
export function endSocket(io: RealtimeServer, socket: RealtimeSocket): void {
  io.local.to(socket.id).emit(ServerEvent.SessionEnded);
  socket.disconnect(true);
}
