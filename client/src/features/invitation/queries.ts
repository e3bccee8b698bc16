import { endpoints, type AcceptInvitationBody } from '@pnetz/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { changeLanguage } from '../../i18n/language';
import { api } from '../../lib/api';
import { dropUserData, setSession } from '../auth/session';

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => api(endpoints.invitations.preview, { params: { token }, signal }),
    retry: false,
  });

/** Accepting signs the person in (or keeps them signed in); the app then shows their new council. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      api(endpoints.invitations.accept, { params: { token }, body }),
    onSuccess: async ({ session }) => {
      dropUserData(queryClient);
      setSession(queryClient, session);
      if (session.user) await changeLanguage(session.user.language);
    },
  });
}
