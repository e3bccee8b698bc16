import { ClientEvent, ProgrammeChangedSchema, ServerEvent } from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRealtimeSocket } from '../../lib/socket';
import { PROGRAMME_KEY } from './queries';

/**
 * Joins the dashboard's live room while mounted (again after every reconnect) and refetches the
 * figures, chart, map and tables whenever a coordinator changes a record.
 */
export function useProgrammeLive(enabled = true): void {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket || !enabled) return;
    const join = () => socket.emit(ClientEvent.ProgrammeJoin, () => undefined);
    const onChange = (payload: unknown) => {
      // Types do not validate: only a payload of the contract triggers a refresh.
      if (!ProgrammeChangedSchema.safeParse(payload).success) return;
      void queryClient.invalidateQueries({ queryKey: [PROGRAMME_KEY] });
    };
    const onConnect = () => {
      join();
      // Changes made while the connection was down are fetched once it is back.
      void queryClient.invalidateQueries({ queryKey: [PROGRAMME_KEY] });
    };
    socket.on(ServerEvent.ProgrammeChanged, onChange);
    socket.on('connect', onConnect);
    if (socket.connected) join();
    return () => {
      socket.off(ServerEvent.ProgrammeChanged, onChange);
      socket.off('connect', onConnect);
      socket.emit(ClientEvent.ProgrammeLeave);
    };
  }, [socket, queryClient, enabled]);
}
