import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { createApiClient } from '../api/client';
import { createAppRouter } from '../app/router';
import { type AppServices, ServicesProvider } from '../app/services';
import { SessionStore } from '../session/session-store';

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly search: URLSearchParams;
  readonly csrf: string | null;
}

export type FakeHandler = (request: FakeRequest) => { status?: number; body?: unknown };

/** The whole app at `path`, against a fake API (a function of each request), in a memory history. */
export function renderApp(path: string, handler: FakeHandler) {
  const requests: FakeRequest[] = [];
  const fetch = async (input: Request) => {
    const url = new URL(input.url);
    const request = {
      method: input.method,
      path: url.pathname,
      search: url.searchParams,
      csrf: input.headers.get('x-csrf-token'),
    };
    requests.push(request);
    const { status = 200, body = {} } = handler(request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  const sessionStore = new SessionStore();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const history = createMemoryHistory({ initialEntries: [path] });
  const services: AppServices = {
    sessionStore,
    queryClient,
    api: createApiClient({
      session: sessionStore,
      onUnauthorized: () => void router.navigate({ to: '/sign-in' }),
      fetch: fetch as unknown as typeof globalThis.fetch,
      baseUrl: 'http://dashboard.test',
    }),
  };
  const router = createAppRouter(services, history);
  const view = render(
    <ServicesProvider services={services}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ServicesProvider>,
  );
  return { ...view, requests, router, history };
}

export const SIGNED_IN_VIEWER = {
  principal: { keyId: 'k1', name: 'auditor', role: 'viewer', keyPrefix: 'osk_abcdefgh', via: 'session' },
  session: {
    createdAt: '2026-01-01T00:00:00Z',
    idleExpiresAt: '2026-01-01T00:30:00Z',
    expiresAt: '2026-01-01T12:00:00Z',
  },
  csrfToken: 'csrf-1',
};
export const SIGNED_OUT = { principal: null, session: null, csrfToken: null };
