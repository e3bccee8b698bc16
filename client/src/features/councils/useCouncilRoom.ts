import { ClientEvent, MembershipChangedSchema, ServerEvent } from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRealtimeSocket } from '../../lib/socket';
import { councilKey } from './queries';

/**
 * While a member looks at their council, their socket is in the council's room (live events of
 * later features arrive there). A change of their own membership refreshes everything about the
 * council, so controls appear or disappear at once, e.g. after being made a guest.
 */
export function useCouncilRoom(workspaceId: string, isMember: boolean): void {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket || !isMember) return;
    const join = () => socket.emit(ClientEvent.WorkspaceJoin, { workspaceId }, () => undefined);
    if (socket.connected) join();
    // After a reconnect the server has forgotten the rooms of the old connection.
    socket.on('connect', join);
    return () => {
      socket.off('connect', join);
      socket.emit(ClientEvent.WorkspaceLeave, { workspaceId });
    };
  }, [socket, workspaceId, isMember]);

  useEffect(() => {
    if (!socket) return;
    const onChange = (payload: unknown) => {
      const parsed = MembershipChangedSchema.safeParse(payload);
      if (!parsed.success || parsed.data.workspaceId !== workspaceId) return;
      void queryClient.invalidateQueries({ queryKey: councilKey(workspaceId) });
    };
    socket.on(ServerEvent.MembershipChanged, onChange);
    return () => {
      socket.off(ServerEvent.MembershipChanged, onChange);
    };
  }, [socket, workspaceId, queryClient]);
}
