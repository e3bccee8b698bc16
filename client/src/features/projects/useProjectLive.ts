import { ClientEvent, FeedItemSchema, ServerEvent } from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRealtimeSocket } from '../../lib/socket';
import { projectKeys } from './queries';

/**
 * While a project page is open, its socket is in the project's room (events of shared projects
 * reach viewers from other councils there; members also hear them in their council's room).
 * Each event refreshes what it concerns, so updates and comments appear without reload; after a
 * reconnect everything is read again, which covers what was missed.
 */
export function useProjectLive(projectId: string): void {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket) return;
    const refresh = (part?: string) =>
      queryClient.invalidateQueries({
        queryKey: part ? [...projectKeys.one(projectId), part] : projectKeys.one(projectId),
      });
    const join = () => {
      socket.emit(ClientEvent.ProjectJoin, { projectId }, () => undefined);
      if (!socket.recovered) void refresh();
    };
    const onItem = (payload: unknown) => {
      const parsed = FeedItemSchema.safeParse(payload);
      if (!parsed.success || parsed.data.project.id !== projectId) return;
      const kind = parsed.data.kind;
      void refresh('activity');
      if (kind.startsWith('project.')) void refresh('record');
      if (kind.startsWith('update.') || kind.startsWith('comment.')) {
        void refresh('updates');
        void refresh('comments');
      }
      if (kind.startsWith('attachment.') || kind.startsWith('update.')) void refresh('attachments');
    };
    if (socket.connected) socket.emit(ClientEvent.ProjectJoin, { projectId }, () => undefined);
    socket.on('connect', join);
    socket.on(ServerEvent.ProjectFeed, onItem);
    return () => {
      socket.off('connect', join);
      socket.off(ServerEvent.ProjectFeed, onItem);
      socket.emit(ClientEvent.ProjectLeave, { projectId });
    };
  }, [socket, projectId, queryClient]);
}
