import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { unwrap } from '../api/client';
import { useApi, useOrganization, useSession } from '../app/services';
import {
  EmptyState,
  formatCount,
  formatDate,
  formatJudged,
  PageHeader,
  QueryView,
  ScrollRegion,
} from '../components/ui';

const RUNNING = new Set(['pending', 'running']);

export function ScansPage() {
  const api = useApi();
  const { can } = useSession();
  const { organizationId } = useOrganization();
  const scans = useQuery({
    queryKey: ['scans', organizationId],
    queryFn: () => unwrap(api.GET('/v1/scans', { params: { query: { organizationId, limit: 100 } } })),
    // A running scan in the list: keep it current without reloading.
    refetchInterval: (query) =>
      query.state.data?.items.some((scan) => RUNNING.has(scan.status)) ? 3000 : false,
  });
  return (
    <div className="page">
      <PageHeader
        title="Scans"
        subtitle="Every scan of the organization, most recent first."
        actions={
          can('operator') ? (
            <Link to="/scans/new" className="button button-primary">
              Start a scan
            </Link>
          ) : null
        }
      />
      <QueryView query={scans} what="scans">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>No scan yet.</EmptyState>
          ) : (
            <ScrollRegion className="table-scroll" label="Scans (scrollable)">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Started</th>
                    <th scope="col">Status</th>
                    <th scope="col">Trigger</th>
                    <th scope="col" className="num">
                      Accounts
                    </th>
                    <th scope="col" className="num">
                      Checks
                    </th>
                    <th scope="col" className="num">
                      Open failures
                    </th>
                    <th scope="col" className="num">
                      Coverage
                    </th>
                    <th scope="col">Finished</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((scan) => (
                    <tr key={scan.id}>
                      <th scope="row">
                        <Link to="/scans/$scanId" params={{ scanId: scan.id }}>
                          {formatDate(scan.createdAt)}
                        </Link>
                      </th>
                      <td>
                        <span className={`scan-status scan-${scan.status}`}>{scan.status}</span>
                      </td>
                      <td>{scan.trigger}</td>
                      <td className="num">{formatCount(scan.accountCount)}</td>
                      <td className="num">{formatCount(scan.checks.length)}</td>
                      <td className="num">{scan.totals ? formatCount(scan.totals.byStatus.FAIL) : '—'}</td>
                      <td className="num">{formatJudged(scan.coverage?.cells)}</td>
                      <td>{formatDate(scan.finishedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
    </div>
  );
}
