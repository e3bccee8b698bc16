import { endpoints, NotificationSchema, ServerEvent, type NotificationPage } from '@pnetz/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../../lib/api';
import { useRealtimeSocket } from '../../lib/socket';

export const notificationsQuery = queryOptions({
  queryKey: ['notifications', 'list'],
  queryFn: ({ signal }) => api(endpoints.notifications.list, { signal }),
});

export const preferencesQuery = queryOptions({
  queryKey: ['notifications', 'preferences'],
  queryFn: ({ signal }) => api(endpoints.notifications.preferences, { signal }),
});

const CreatedSchema = z.object({ notification: NotificationSchema, unread: z.number() });
const ReadSchema = z.object({ unread: z.number() });

/**
 * The person's notifications, live: new ones arrive through their user room and are put in
 * front of the list with the new unread count; reads in another tab update the count here.
 * After a reconnect the list is read again (nothing that came meanwhile is lost).
 */
export function useNotifications() {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  const query = useQuery(notificationsQuery);
  const [latest, setLatest] = useState<string | null>(null);

  useEffect(() => {
    if (!socket) return;
    const onCreated = (payload: unknown) => {
      const parsed = CreatedSchema.safeParse(payload);
      if (!parsed.success) return;
      const { notification, unread } = parsed.data;
      queryClient.setQueryData<NotificationPage>(notificationsQuery.queryKey, (page) =>
        page
          ? {
              ...page,
              unread,
              items: [notification, ...page.items.filter((n) => n.id !== notification.id)],
            }
          : page,
      );
      setLatest(notification.id);
    };
    const onRead = (payload: unknown) => {
      const parsed = ReadSchema.safeParse(payload);
      if (parsed.success)
        void queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
    };
    const onConnect = () => {
      if (!socket.recovered)
        void queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
    };
    socket.on(ServerEvent.NotificationCreated, onCreated);
    socket.on(ServerEvent.NotificationsRead, onRead);
    socket.on('connect', onConnect);
    return () => {
      socket.off(ServerEvent.NotificationCreated, onCreated);
      socket.off(ServerEvent.NotificationsRead, onRead);
      socket.off('connect', onConnect);
    };
  }, [socket, queryClient]);

  return { ...query, latest };
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      api(endpoints.notifications.markRead, { body: ids ? { ids } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
  });
}
