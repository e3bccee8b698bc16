import { endpoints, type EndpointBody } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { councilKey, councilsQuery } from './queries';

/** After any change in a council, everything shown about it is fetched again. */
function useRefresh(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: councilKey(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: councilsQuery.queryKey }),
    ]);
}

export function useUpdateMember(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({
      userId,
      body,
    }: {
      userId: string;
      body: EndpointBody<typeof endpoints.members.update>;
    }) => api(endpoints.members.update, { params: { workspaceId, userId }, body }),
    onSuccess: refresh,
  });
}

export function useRemoveMember(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (userId: string) =>
      api(endpoints.members.remove, { params: { workspaceId, userId } }),
    onSuccess: refresh,
  });
}

export function useLeaveCouncil(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: () => api(endpoints.members.leave, { params: { workspaceId } }),
    onSuccess: refresh,
  });
}

export function useInvite(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: EndpointBody<typeof endpoints.invitations.create>) =>
      api(endpoints.invitations.create, { params: { workspaceId }, body }),
    onSuccess: refresh,
  });
}

export function useResendInvitation(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      api(endpoints.invitations.resend, { params: { workspaceId, invitationId } }),
    onSuccess: refresh,
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      api(endpoints.invitations.revoke, { params: { workspaceId, invitationId } }),
    onSuccess: refresh,
  });
}

export function useUpdateCouncil(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: EndpointBody<typeof endpoints.workspaces.update>) =>
      api(endpoints.workspaces.update, { params: { workspaceId }, body }),
    onSuccess: refresh,
  });
}
