import type { SessionUser } from '@pnetz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { changeLanguage } from '../../i18n/language';
import { connectRealtime, disconnectRealtime } from '../../lib/socket';
import { endSession, sessionQuery } from './session';

/**
 * While a user is signed in: show their stored language and keep the realtime connection open.
 * When the server ends the session, the user is signed out here, which leads to the login page.
 */
export function useUserSync(user: SessionUser | null): void {
  const queryClient = useQueryClient();
  const userId = user?.id ?? null;
  const language = user?.language ?? null;

  useEffect(() => {
    if (language) void changeLanguage(language);
  }, [language]);

  useEffect(() => {
    if (!userId) return;
    connectRealtime({
      onSessionEnded: () => endSession(queryClient),
      onAuthRejected: () => {
        void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      },
    });
    return disconnectRealtime;
  }, [userId, queryClient]);
}
