import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { type ApiClient, unwrap } from '../api/client';
import type { Role, Session } from '../api/types';
import { roleAllows, type SessionStore } from '../session/session-store';

/** What every screen uses, created once in main.tsx and handed down (no module-level singletons). */
export interface AppServices {
  readonly api: ApiClient;
  readonly queryClient: QueryClient;
  readonly sessionStore: SessionStore;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider(props: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useApi(): ApiClient {
  return useServices().api;
}

/** The current session, asked of the API (the HttpOnly cookie proves it); remembered for the CSRF token. */
export function sessionQuery(services: Pick<AppServices, 'api' | 'sessionStore'>) {
  return {
    queryKey: ['session'] as const,
    queryFn: async (): Promise<Session> => {
      const session = await unwrap(services.api.GET('/v1/sessions/current'));
      services.sessionStore.set(session);
      return session;
    },
    staleTime: 60_000,
    retry: false,
  };
}

export type SignedInSession = Session & { principal: NonNullable<Session['principal']> };

/** The signed-in session (inside the app layout, which loads it, or goes to sign-in, before rendering). */
export function useSession(): { session: SignedInSession; can: (role: Role) => boolean } {
  const services = useServices();
  const { data } = useQuery(sessionQuery(services));
  if (!data?.principal) throw new Error('useSession outside a signed-in screen');
  const session = data as SignedInSession;
  return { session, can: (role: Role) => roleAllows(session.principal.role, role) };
}

interface OrganizationChoice {
  /** undefined: none chosen yet, the API's default organization. */
  readonly organizationId: string | undefined;
  readonly choose: (id: string) => void;
}

const OrganizationContext = createContext<OrganizationChoice>({
  organizationId: undefined,
  choose: () => {},
});
const STORAGE_KEY = 'orgscan.organization';

/** The organization the screens show; the choice (not a secret) is remembered in this browser. */
export function OrganizationProvider(props: { children: ReactNode }) {
  const [organizationId, setOrganizationId] = useState<string | undefined>(
    () => localStorage.getItem(STORAGE_KEY) ?? undefined,
  );
  const value = useMemo(
    () => ({
      organizationId,
      choose: (id: string) => {
        localStorage.setItem(STORAGE_KEY, id);
        setOrganizationId(id);
      },
    }),
    [organizationId],
  );
  return <OrganizationContext.Provider value={value}>{props.children}</OrganizationContext.Provider>;
}

export function useOrganization(): OrganizationChoice {
  return useContext(OrganizationContext);
}
