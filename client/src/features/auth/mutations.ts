import { endpoints, type EndpointBody, type Language } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeLanguage } from '../../i18n/language';
import { api } from '../../lib/api';
import { dropUserData, endSession, setSession, setSessionUser } from './session';

export type LoginInput = EndpointBody<typeof endpoints.auth.login>;

/** Signs in; the user's stored language then wins over the one chosen before. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => api(endpoints.auth.login, { body }),
    onSuccess: async (session) => {
      dropUserData(queryClient);
      setSession(queryClient, session);
      if (session.user) await changeLanguage(session.user.language);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(endpoints.auth.logout),
    onSuccess: () => endSession(queryClient),
  });
}

/** Keeps the chosen UI language with the user, so it follows them to other devices. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => api(endpoints.auth.updateProfile, { body: { language } }),
    onSuccess: (user) => setSessionUser(queryClient, user),
  });
}
