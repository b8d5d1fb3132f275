import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { unwrap } from '../api/client';
import { OrganizationProvider, useApi, useOrganization, useServices, useSession } from './services';

function OrganizationSwitcher() {
  const api = useApi();
  const { organizationId, choose } = useOrganization();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => unwrap(api.GET('/v1/organizations')),
    staleTime: 300_000,
  });
  const items = organizations.data?.items ?? [];
  if (items.length <= 1) {
    return <span className="org-name">{items[0]?.name ?? organizationId ?? ''}</span>;
  }
  return (
    <label className="org-switcher">
      <span className="visually-hidden">Organization</span>
      <select
        value={organizationId ?? items.find((item) => item.default)?.id}
        onChange={(event) => choose(event.target.value)}
      >
        {items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function SignOut() {
  const services = useServices();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => unwrap(services.api.DELETE('/v1/sessions/current')),
    onSettled: () => {
      services.sessionStore.set(null);
      services.queryClient.clear();
      void navigate({ to: '/sign-in' });
    },
  });
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
    >
      Sign out
    </button>
  );
}

const NAV = [
  { to: '/', label: 'Overview', exact: true },
  { to: '/findings', label: 'Findings' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/compliance', label: 'Compliance' },
  { to: '/scans', label: 'Scans' },
] as const;

/** The frame of every signed-in screen: skip link, navigation by role, organization, who is signed in. */
export function AppShell() {
  const { session, can } = useSession();
  return (
    <OrganizationProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="orgscan overview">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>orgscan</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: 'exact' in item }}
                  activeProps={{ 'aria-current': 'page', className: 'active' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
            {can('admin') ? (
              <li>
                <Link to="/admin" activeProps={{ 'aria-current': 'page', className: 'active' }}>
                  Admin
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="topbar-end">
          <OrganizationSwitcher />
          <span className="who" title={`API key ${session.principal.keyPrefix}…`}>
            {session.principal.name} <span className="role">{session.principal.role}</span>
          </span>
          <SignOut />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </OrganizationProvider>
  );
}
