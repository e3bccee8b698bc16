import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUser, type PresenceUser } from './presence-user';

export interface Participant extends PresenceUser {
  /** This browser's own entry. */
  self: boolean;
}

/**
 * Everyone in the plan right now, once per person (a person with two tabs open is one
 * participant), oneself first, then by name.
 */
function participants(awareness: Awareness): Participant[] {
  const byUser = new Map<string, Participant>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = readPresenceUser((state as { user?: unknown }).user);
    if (!user) continue;
    const self = clientId === awareness.clientID;
    const known = byUser.get(user.id);
    byUser.set(user.id, { ...user, self: self || (known?.self ?? false) });
  }
  return [...byUser.values()].sort(
    (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name),
  );
}

const same = (a: Participant[], b: Participant[]) =>
  a.length === b.length &&
  a.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name && p.self === b[i]?.self);

/** An external store over the awareness: a new snapshot only when the people change. */
function presenceStore(awareness: Awareness | null) {
  let snapshot: Participant[] = [];
  return {
    subscribe(notify: () => void) {
      if (!awareness) return () => undefined;
      const onChange = () => {
        const next = participants(awareness);
        if (same(next, snapshot)) return;
        snapshot = next;
        notify();
      };
      onChange();
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    getSnapshot: () => snapshot,
  };
}

export function usePresence(awareness: Awareness | null): Participant[] {
  const store = useMemo(() => presenceStore(awareness), [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
