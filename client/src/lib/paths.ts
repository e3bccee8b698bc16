/** The app's addresses, in the users' language. */
export const paths = {
  login: '/anmelden',
  forgotPassword: '/passwort-vergessen',
  resetPassword: '/passwort-neu',
  /** The start page: sends each person on to theirs (see `startPageFor`). */
  home: '/',
  councils: '/raete',
  exchange: '/austausch',
  programme: '/programm',
  overview: '/ueberblick',
  directory: '/verzeichnis',
} as const;

/** The login page, remembering where to return afterwards. */
export function loginPath(next?: string): string {
  const target = safeNext(next);
  return target === paths.home
    ? paths.login
    : `${paths.login}?${new URLSearchParams({ next: target }).toString()}`;
}

/**
 * A return address taken from the URL, accepted only when it stays inside this app: relative to
 * the origin (no `//host` or `/\host` tricks) and not the login page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.home;
  }
  if (
    next === paths.login ||
    next.startsWith(`${paths.login}?`) ||
    next.startsWith(`${paths.login}/`)
  ) {
    return paths.home;
  }
  return next;
}
