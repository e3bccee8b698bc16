import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { loginPath, paths, safeNext } from '../../lib/paths';
import { sessionQuery } from './session';

/** Loader of the signed-in area: without a user, go to the login page and come back afterwards. */
export function requireUser(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<null> => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    if (!session.user) {
      const url = new URL(request.url);
      throw redirect(loginPath(url.pathname + url.search));
    }
    return null;
  };
}

/** Loader of the login page: a signed-in user goes straight on to where they wanted to go. */
export function redirectIfSignedIn(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<null> => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    if (session.user) {
      throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
    }
    return null;
  };
}

/**
 * Loader of `/`, the start page after sign-in: programme coordinators go on to the programme's
 * dashboard, everyone else to their personal overview. The council list has its own address.
 */
export function startPage(queryClient: QueryClient) {
  return async (): Promise<never> => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    const coordinator = session.user?.platformRoles.includes('coordinator') ?? false;
    throw redirect(coordinator ? paths.programme : paths.overview);
  };
}
