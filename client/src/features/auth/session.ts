import { endpoints, type SessionState, type SessionUser } from '@pnetz/shared';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../lib/api';
import { clearLocalPlanCopies } from '../plans/editor/local-copies';

const SESSION_KEY = 'session';

/**
 * The session as the server sees it: signed-in user (or null). Re-checked when stale and focused.
 * Deliberately without an abort signal: the answer carries the CSRF token, and a request cancelled
 * because its last observer unmounted (as on sign-out) would leave the client with a stale token.
 */
export const sessionQuery = queryOptions({
  queryKey: [SESSION_KEY],
  queryFn: () => api(endpoints.auth.session),
  staleTime: 60_000,
});

export interface SessionView {
  user: SessionUser | null;
  isPending: boolean;
}

export function useSession(): SessionView {
  const { data, isPending } = useQuery(sessionQuery);
  return { user: data?.user ?? null, isPending };
}

/** Forgets everything cached for the previous user (before a new sign-in, after sign-out). */
export function dropUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY });
}

/** Stores a fresh session, e.g. from the login response. */
export function setSession(queryClient: QueryClient, session: SessionState): void {
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

export function setSessionUser(queryClient: QueryClient, user: SessionUser): void {
  queryClient.setQueryData(sessionQuery.queryKey, (previous) =>
    previous ? { ...previous, user } : previous,
  );
}

/**
 * The session is over (sign-out, expiry, ended by the server): mark the user signed out, which
 * sends the signed-in area to the login page, drop the user's data and the local plan copies
 * in IndexedDB, then fetch a fresh session for the CSRF token of the next sign-in (unless
 * `fresh`, such a session, is already at hand). Runs once per session: sign-out triggers it
 * twice (the response and the server's `session:ended`), and two cookie-less session requests at
 * once would each open a new server session, leaving cookie and token from different ones.
 */
export function endSession(queryClient: QueryClient, fresh?: SessionState): void {
  const previous = queryClient.getQueryData(sessionQuery.queryKey);
  if (previous && previous.user === null) return;
  queryClient.setQueryData(sessionQuery.queryKey, {
    csrfToken: fresh?.csrfToken ?? previous?.csrfToken ?? '',
    user: null,
  });
  dropUserData(queryClient);
  void clearLocalPlanCopies();
  if (!fresh)
    void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey, refetchType: 'all' });
}

let confirming: Promise<void> | null = null;

/**
 * A request was refused as unauthenticated. Signing out throws away the local plan copies and
 * whatever the page holds, so the server is asked first whether the session really is over; one
 * refused request is not proof of that. Over: the session ends as above. Not over: the session
 * stays, and the queries refused meanwhile are fetched again. Refusals that arrive together share
 * one question.
 */
export function confirmSessionEnded(queryClient: QueryClient): Promise<void> {
  const previous = queryClient.getQueryData(sessionQuery.queryKey);
  if (previous?.user === null) return Promise.resolve();
  confirming ??= api(endpoints.auth.session)
    .then(
      (session) => {
        if (session.user === null) return endSession(queryClient, session);
        setSession(queryClient, session);
        void queryClient.invalidateQueries({
          predicate: (query) =>
            query.state.status === 'error' && isApiError(query.state.error, 'unauthenticated'),
        });
      },
      // No answer (offline, server restarting): nothing is known, nothing is thrown away.
      () => undefined,
    )
    .finally(() => (confirming = null));
  return confirming;
}
