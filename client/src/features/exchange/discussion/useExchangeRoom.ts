import {
  ClientEvent,
  ExchangeChangedSchema,
  PostSchema,
  ServerEvent,
  type Post,
} from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useRealtimeSocket } from '../../../lib/socket';
import { exchangeKeys } from '../queries';

/**
 * While an exchange is open, the socket is in its room: new posts are added to the discussion at
 * once, and changed meetings or files are fetched again. Returns the newest post that arrived
 * live (for announcing it to screen readers).
 */
export function useExchangeRoom(exchangeId: string): Post | null {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<Post | null>(null);

  useEffect(() => {
    if (!socket) return;
    const join = () => socket.emit(ClientEvent.ExchangeJoin, { exchangeId }, () => undefined);
    if (socket.connected) join();
    // After a reconnect the server has forgotten the rooms of the old connection.
    socket.on('connect', join);

    const onPost = (payload: unknown) => {
      const parsed = PostSchema.safeParse(payload);
      if (!parsed.success || parsed.data.exchangeId !== exchangeId) return;
      const post = parsed.data;
      queryClient.setQueryData<{ items: Post[] }>(exchangeKeys.posts(exchangeId), (current) =>
        current && !current.items.some((item) => item.id === post.id)
          ? { items: [...current.items, post] }
          : current,
      );
      setLatest(post);
    };
    const onChanged = (payload: unknown) => {
      const parsed = ExchangeChangedSchema.safeParse(payload);
      if (!parsed.success || parsed.data.exchangeId !== exchangeId) return;
      const key = {
        exchange: exchangeKeys.detail,
        meetings: exchangeKeys.meetings,
        files: exchangeKeys.files,
      }[parsed.data.what];
      void queryClient.invalidateQueries({ queryKey: key(exchangeId) });
    };
    socket.on(ServerEvent.ExchangePost, onPost);
    socket.on(ServerEvent.ExchangeChanged, onChanged);
    return () => {
      socket.off('connect', join);
      socket.off(ServerEvent.ExchangePost, onPost);
      socket.off(ServerEvent.ExchangeChanged, onChanged);
      socket.emit(ClientEvent.ExchangeLeave, { exchangeId });
    };
  }, [socket, exchangeId, queryClient]);

  return latest;
}
