import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

/**
 * A QueryClient like the app's, but without retries: a test that pre-fills data with
 * `setQueryData` sees exactly that data, and a request that fails fails at once.
 */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}

interface AppRenderOptions extends Omit<RenderOptions, 'wrapper'> {
  queryClient?: QueryClient;
  /** The address the router starts at. */
  path?: string;
}

/** Renders inside the providers the app has: a QueryClient and a router. */
export function renderWithApp(ui: ReactElement, options: AppRenderOptions = {}) {
  const { queryClient = testQueryClient(), path = '/', ...rest } = options;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper, ...rest }) };
}
