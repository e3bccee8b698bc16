import { endpoints, type CreateWorkspaceBody, type PlatformRole } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { sessionQuery } from '../auth/session';
import { councilsQuery } from '../councils/queries';
import { accountsKey, platformOutboxQuery } from './queries';

export function useSetPlatformRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, platformRoles }: { userId: string; platformRoles: PlatformRole[] }) =>
      api(endpoints.admin.setPlatformRoles, { params: { id: userId }, body: { platformRoles } }),
    // The session is fetched again too: an admin who changed their own roles sees the menu follow.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountsKey }),
        queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
      ]),
  });
}

export function useFoundCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkspaceBody) => api(endpoints.admin.createWorkspace, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: councilsQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: platformOutboxQuery.queryKey }),
      ]),
  });
}

/** Ends every session of an account (e.g. a lost laptop); its person must sign in again. */
export function useEndUserSessions() {
  return useMutation({
    mutationFn: (userId: string) =>
      api(endpoints.admin.endUserSessions, { params: { id: userId } }),
  });
}

/** Deactivates or reactivates an account; a deactivated one is signed out everywhere at once. */
export function useSetAccountState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) =>
      api(endpoints.admin.setAccountState, { params: { id: userId }, body: { active } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}
