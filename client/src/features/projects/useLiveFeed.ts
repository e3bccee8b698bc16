import {
  endpoints,
  FeedItemSchema,
  ServerEvent,
  type FeedItem,
  type FeedPage,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { useRealtimeSocket } from '../../lib/socket';
import { applyFeed, newestId } from './feedState';
import { projectKeys } from './queries';

interface LiveFeed {
  items: FeedItem[];
  error: unknown;
  isPending: boolean;
  reload: () => void;
}

/**
 * A council's activity feed, live: loaded once, then each event from the council's room is
 * applied as it comes. After a reconnect Socket.IO replays what was missed when it can
 * (`socket.recovered`); otherwise the feed asks the server for everything after the newest
 * event it has. Lines are keyed by event id, so nothing shows twice.
 */
export function useLiveFeed(workspaceId: string, enabled: boolean): LiveFeed {
  const socket = useRealtimeSocket();
  const query = useQuery({
    queryKey: projectKeys.feed(workspaceId),
    queryFn: ({ signal }) => api(endpoints.projects.feed, { params: { workspaceId }, signal }),
    enabled,
  });
  const { refetch } = query;
  const [live, setLive] = useState<FeedItem[]>([]);
  // The page comes newest first; events are applied in the order they happened.
  const items = useMemo(
    () => applyFeed(applyFeed([], [...(query.data?.items ?? [])].reverse()), live),
    [query.data, live],
  );
  const newest = useRef<string | null>(null);
  useEffect(() => {
    newest.current = newestId(items, newest.current);
  }, [items]);

  useEffect(() => {
    if (!socket || !enabled) return;
    const onItem = (payload: unknown) => {
      const parsed = FeedItemSchema.safeParse(payload);
      if (parsed.success && parsed.data.workspaceId === workspaceId)
        setLive((current) => [...current, parsed.data]);
    };
    const onConnect = () => {
      const since = newest.current;
      if (socket.recovered || since === null) return;
      catchUp(workspaceId, since).then(
        (missed) => setLive((current) => [...current, ...missed]),
        () => void refetch(),
      );
    };
    socket.on(ServerEvent.ProjectFeed, onItem);
    socket.on('connect', onConnect);
    return () => {
      socket.off(ServerEvent.ProjectFeed, onItem);
      socket.off('connect', onConnect);
    };
  }, [socket, workspaceId, enabled, refetch]);

  return {
    items,
    error: query.error,
    isPending: enabled && query.isPending,
    reload: () => void refetch(),
  };
}

/** Every event after `since`, page by page (oldest first). */
async function catchUp(workspaceId: string, since: string): Promise<FeedItem[]> {
  const collected: FeedItem[] = [];
  let cursor: string | null = since;
  while (cursor) {
    const page: FeedPage = await api(endpoints.projects.feed, {
      params: { workspaceId },
      query: { since: cursor },
    });
    collected.push(...page.items);
    cursor = page.nextCursor;
  }
  return collected;
}
