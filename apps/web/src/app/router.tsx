import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  type RouterHistory,
  redirect,
} from '@tanstack/react-router';
import { AccountPage } from '../pages/AccountPage';
import { AccountsPage } from '../pages/AccountsPage';
import { AdminLayout } from '../pages/admin/AdminLayout';
import { ApiKeysPage } from '../pages/admin/ApiKeysPage';
import { AuditLogPage } from '../pages/admin/AuditLogPage';
import { MutesPage } from '../pages/admin/MutesPage';
import { OrganizationsPage } from '../pages/admin/OrganizationsPage';
import { SchedulesPage } from '../pages/admin/SchedulesPage';
import { WebhooksPage } from '../pages/admin/WebhooksPage';
import { CompliancePage } from '../pages/CompliancePage';
import { FindingPage } from '../pages/FindingPage';
import { FindingsPage } from '../pages/FindingsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OverviewPage } from '../pages/OverviewPage';
import { ScanPage } from '../pages/ScanPage';
import { ScansPage } from '../pages/ScansPage';
import { SignInPage } from '../pages/SignInPage';
import { StartScanPage } from '../pages/StartScanPage';
import { AppShell } from './AppShell';
import { parsePlainSearch, stringifyPlainSearch } from './search-params';
import { type AppServices, sessionQuery } from './services';

const rootRoute = createRootRouteWithContext<AppServices>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  component: SignInPage,
});

/** Every screen but sign-in: the session is loaded first; without one, sign in and come back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery(context));
    if (!session.principal) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AppShell,
});

const overviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: OverviewPage });
export const findingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'findings',
  validateSearch: (search: Record<string, unknown>) => search,
  component: FindingsPage,
});
export const findingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'findings/$fingerprint',
  component: FindingPage,
});
const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts',
  component: AccountsPage,
});
export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts/$accountId',
  component: AccountPage,
});
export const complianceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'compliance',
  validateSearch: (search: Record<string, unknown>): { framework?: string } =>
    typeof search.framework === 'string' ? { framework: search.framework } : {},
  component: CompliancePage,
});
const scansRoute = createRoute({ getParentRoute: () => appRoute, path: 'scans', component: ScansPage });
const startScanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'scans/new',
  component: StartScanPage,
});
export const scanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'scans/$scanId',
  component: ScanPage,
});
const adminRoute = createRoute({ getParentRoute: () => appRoute, path: 'admin', component: AdminLayout });
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/schedules' });
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    overviewRoute,
    findingsRoute,
    findingRoute,
    accountsRoute,
    accountRoute,
    complianceRoute,
    scansRoute,
    startScanRoute,
    scanRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      createRoute({ getParentRoute: () => adminRoute, path: 'schedules', component: SchedulesPage }),
      createRoute({ getParentRoute: () => adminRoute, path: 'webhooks', component: WebhooksPage }),
      createRoute({ getParentRoute: () => adminRoute, path: 'api-keys', component: ApiKeysPage }),
      createRoute({ getParentRoute: () => adminRoute, path: 'mutes', component: MutesPage }),
      createRoute({ getParentRoute: () => adminRoute, path: 'organizations', component: OrganizationsPage }),
      createRoute({ getParentRoute: () => adminRoute, path: 'audit-log', component: AuditLogPage }),
    ]),
  ]),
]);

/** Links carry plain query parameters (lists repeated), like the API's: shareable and readable. */
export function createAppRouter(services: AppServices, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: services,
    parseSearch: (search) => parsePlainSearch(search),
    stringifySearch: (search) => stringifyPlainSearch(search),
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
