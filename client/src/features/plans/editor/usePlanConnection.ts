import type { SessionUser } from '@pnetz/shared';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useRealtimeSocket } from '../../../lib/socket';
import { PlanConnection, type PlanConnectionState } from './plan-connection';
import { presenceUser } from './presence-user';
import { localCopyName } from './local-copies';

interface Entry {
  connection: PlanConnection;
  users: number;
}

/** Open plans, shared by every component that shows the same plan. */
const open = new Map<string, Entry>();

/**
 * The local copy is kept per user and plan: on a shared office PC, one person's copy is never
 * loaded into another person's session.
 */
const storageName = localCopyName;

function acquire(key: string, planId: string, userId: string): void {
  const entry = open.get(key);
  if (entry) {
    entry.users += 1;
    return;
  }
  open.set(key, { connection: new PlanConnection(planId, storageName(userId, planId)), users: 1 });
}

function release(key: string): void {
  const entry = open.get(key);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  open.delete(key);
  entry.connection.destroy();
}

const OFFLINE: PlanConnectionState = {
  sync: 'offline',
  access: null,
  rejected: false,
  closed: null,
  refused: null,
};
const noSubscription = () => () => undefined;
const offlineState = () => OFFLINE;

/**
 * Opens a plan's document while the calling component is mounted: subscribing creates the
 * connection, the last unsubscribe destroys it. Returns null until it exists.
 */
export function usePlanConnection(
  planId: string,
  user: SessionUser,
): { connection: PlanConnection | null; state: PlanConnectionState } {
  const key = `${user.id}:${planId}`;
  const subscribe = useCallback(
    (notify: () => void) => {
      acquire(key, planId, user.id);
      notify();
      return () => release(key);
    },
    [key, planId, user.id],
  );
  const connection = useSyncExternalStore(subscribe, () => open.get(key)?.connection ?? null);
  const state = useSyncExternalStore(
    connection?.subscribe ?? noSubscription,
    connection?.getState ?? offlineState,
  );

  const socket = useRealtimeSocket();
  useEffect(() => {
    connection?.attach(socket);
  }, [connection, socket]);

  const { id, name } = user;
  useEffect(() => {
    connection?.setUser(presenceUser({ id, name }));
  }, [connection, id, name]);

  return { connection, state };
}
