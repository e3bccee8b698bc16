import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { confirmSessionEnded } from './features/auth/session';
import { isApiError } from './lib/api';

/** Failures worth another try: the network and the server's own troubles, not the caller's. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return true;
  return error.id === 'network' || error.id === 'service_unavailable' || error.status >= 500;
}

/** A request answered with `unauthenticated`: sign out everywhere once the server confirms it. */
function onError(error: Error): void {
  if (isApiError(error, 'unauthenticated')) void confirmSessionEnded(queryClient);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
