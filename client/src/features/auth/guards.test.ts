import type { SessionState, SessionUser } from '@pnetz/shared';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { startPage } from './guards';
import { sessionQuery } from './session';

const user = (platformRoles: SessionUser['platformRoles']): SessionUser => ({
  id: '0123456789abcdef01234567',
  email: 'person@example.org',
  name: 'Person',
  platformRoles,
  language: 'de',
});

/** Where `/` sends someone with this session: the address of the redirect it answers with. */
async function startOf(session: SessionState): Promise<string | null> {
  const queryClient = new QueryClient();
  queryClient.setQueryData(sessionQuery.queryKey, session);
  try {
    await startPage(queryClient)();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.headers.get('Location');
    throw thrown;
  }
  return null;
}

describe('the start page', () => {
  it('is the personal overview for members and the programme for coordinators', async () => {
    expect(await startOf({ csrfToken: 't', user: user([]) })).toBe('/ueberblick');
    expect(await startOf({ csrfToken: 't', user: user(['admin']) })).toBe('/ueberblick');
    expect(await startOf({ csrfToken: 't', user: user(['coordinator']) })).toBe('/programm');
    expect(await startOf({ csrfToken: 't', user: user(['admin', 'coordinator']) })).toBe(
      '/programm',
    );
  });
});
