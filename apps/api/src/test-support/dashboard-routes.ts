import { DASHBOARD_PAGES } from '../routes/dashboard/dashboard-routes.js';

/** The routes serving the dashboard's page and files (public, not API operations). */
export function isDashboardRoute(url: string): boolean {
  if (url === '/' || url === '/assets/*' || url === '/favicon.svg') return true;
  return DASHBOARD_PAGES.some((page) => url === `/${page}` || url === `/${page}/*`);
}
