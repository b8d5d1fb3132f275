import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { unwrap } from '../api/client';
import { SEVERITIES } from '../api/types';
import { useApi, useOrganization } from '../app/services';
import { formatCount, formatPercent, PageHeader, QueryView, SeverityBadge } from '../components/ui';
import { LastScan } from './AccountsPage';

export function AccountPage() {
  const api = useApi();
  const { organizationId } = useOrganization();
  const { accountId } = useParams({ from: '/app/accounts/$accountId' });
  const account = useQuery({
    queryKey: ['account', organizationId, accountId],
    queryFn: () =>
      unwrap(
        api.GET('/v1/accounts/{id}', { params: { path: { id: accountId }, query: { organizationId } } }),
      ),
  });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/accounts">Accounts</Link> ›
      </p>
      <QueryView query={account} what="the account">
        {(data) => (
          <>
            <PageHeader
              title={data.name}
              subtitle={
                <>
                  <span className="mono">{data.accountId}</span> · {data.ouPath.split('/').join(' › ')} ·{' '}
                  {data.state}
                  {data.email ? ` · ${data.email}` : ''}
                </>
              }
              actions={
                <Link
                  to="/findings"
                  search={{ accountId: data.accountId, status: 'FAIL' }}
                  className="button"
                >
                  Its failing findings
                </Link>
              }
            />
            <section className="kpis" aria-label="Posture of the account">
              <div className="kpi kpi-main">
                <h2>Pass rate</h2>
                <p className="kpi-value">{formatPercent(data.posture.passRate)}</p>
              </div>
              {SEVERITIES.map((severity) => (
                <div key={severity} className="kpi">
                  <h2>
                    <SeverityBadge severity={severity} />
                  </h2>
                  <p className="kpi-value">
                    <Link to="/findings" search={{ accountId: data.accountId, severity, status: 'FAIL' }}>
                      {formatCount(data.failedBySeverity[severity])}
                    </Link>
                  </p>
                </div>
              ))}
              <div className="kpi">
                <h2>Errors</h2>
                <p className="kpi-value">
                  <Link to="/findings" search={{ accountId: data.accountId, status: 'ERROR' }}>
                    {formatCount(data.posture.ERROR)}
                  </Link>
                </p>
              </div>
            </section>
            <section className="panel" aria-labelledby="last-scan-title">
              <h2 id="last-scan-title">Last scan</h2>
              <p>
                <LastScan account={data} />
              </p>
              <p className="muted small">
                {formatCount(data.posture.PASS)} passing, {formatCount(data.posture.FAIL)} failing,{' '}
                {formatCount(data.posture.muted)} muted, {formatCount(data.posture.MANUAL)} manual,{' '}
                {formatCount(data.posture.SKIPPED)} skipped.
              </p>
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}
