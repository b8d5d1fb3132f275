import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { createAppRouter } from './app/router';
import { type AppServices, ServicesProvider } from './app/services';
import { SessionStore } from './session/session-store';
import './styles.css';

const sessionStore = new SessionStore();
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: false } },
});
const services: AppServices = {
  sessionStore,
  queryClient,
  api: createApiClient({
    session: sessionStore,
    // The session ended (signed out elsewhere, expired, key revoked): forget everything, sign in again.
    onUnauthorized: () => {
      if (window.location.pathname === '/sign-in') return;
      sessionStore.set(null);
      queryClient.clear();
      const back = window.location.pathname + window.location.search;
      void router.navigate({ to: '/sign-in', search: { redirect: back } });
    },
  }),
};
const router = createAppRouter(services);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ServicesProvider>
  </StrictMode>,
);
