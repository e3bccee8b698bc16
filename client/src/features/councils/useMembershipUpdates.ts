import { MembershipChangedSchema, ServerEvent } from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRealtimeSocket } from '../../lib/socket';
import { councilsQuery } from './queries';

/** When the user's role in a council changes or ends, the council list is fetched again. */
export function useMembershipUpdates(): void {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const onChange = (payload: unknown) => {
      // Types do not validate: only a payload of the contract triggers a refresh.
      if (!MembershipChangedSchema.safeParse(payload).success) return;
      void queryClient.invalidateQueries({ queryKey: councilsQuery.queryKey });
    };
    socket.on(ServerEvent.MembershipChanged, onChange);
    return () => {
      socket.off(ServerEvent.MembershipChanged, onChange);
    };
  }, [socket, queryClient]);
}
