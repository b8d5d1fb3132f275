import { Link, Outlet } from '@tanstack/react-router';
import { useSession } from '../../app/services';
import { EmptyState, PageHeader } from '../../components/ui';

const TABS = [
  ['/admin/schedules', 'Schedules'],
  ['/admin/webhooks', 'Webhooks'],
  ['/admin/api-keys', 'API keys'],
  ['/admin/mutes', 'Mutes'],
  ['/admin/organizations', 'Organizations'],
  ['/admin/audit-log', 'Audit log'],
] as const;

/** Administration (admin role): the API refuses the same to other roles; this only keeps the UI honest. */
export function AdminLayout() {
  const { can } = useSession();
  if (!can('admin')) {
    return (
      <div className="page">
        <PageHeader title="Administration" />
        <EmptyState>Administration needs the admin role. Your key has a narrower role.</EmptyState>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader title="Administration" />
      <nav aria-label="Administration" className="tabs">
        <ul>
          {TABS.map(([to, label]) => (
            <li key={to}>
              <Link to={to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
