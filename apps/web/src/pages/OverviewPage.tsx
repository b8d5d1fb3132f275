import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { unwrap } from '../api/client';
import { type Overview, SEVERITIES } from '../api/types';
import { useApi, useOrganization, useSession } from '../app/services';
import {
  Delta,
  EmptyState,
  formatCount,
  formatDate,
  formatPercent,
  Loading,
  PageHeader,
  QueryView,
  SeverityBadge,
} from '../components/ui';
import { HeatmapPanel } from '../overview/HeatmapTable';

function Kpis(props: { overview: Overview }) {
  const { overview } = props;
  const change = overview.change;
  return (
    <section className="kpis" aria-label="Posture in numbers">
      <div className="kpi kpi-main">
        <h2>Pass rate</h2>
        <p className="kpi-value">{formatPercent(overview.totals.passRate)}</p>
        <p className="kpi-note">
          <Delta value={change?.passRate ?? null} unit="rate" goodWhen="up" />
          {change ? ' since the previous scan' : 'change appears after the second scan'}
        </p>
      </div>
      <div className="kpi">
        <h2>Open failures</h2>
        <p className="kpi-value">
          <Link to="/findings" search={{ status: 'FAIL', muted: 'false' }}>
            {formatCount(overview.totals.FAIL)}
          </Link>
        </p>
        <p className="kpi-note">
          <Delta value={change?.FAIL ?? null} goodWhen="down" />{' '}
          {overview.totals.muted > 0 ? `· ${formatCount(overview.totals.muted)} muted` : ''}
        </p>
      </div>
      {SEVERITIES.filter((severity) => severity !== 'informational').map((severity) => (
        <div key={severity} className={`kpi kpi-severity kpi-${severity}`}>
          <h2>
            <SeverityBadge severity={severity} />
          </h2>
          <p className="kpi-value">
            <Link
              to="/findings"
              search={{ status: 'FAIL', severity, muted: 'false' }}
              // The accessible name starts with the visible text (WCAG 2.5.3): the same formatted count.
              aria-label={`${formatCount(overview.failedBySeverity[severity])} open ${severity} failures`}
            >
              {formatCount(overview.failedBySeverity[severity])}
            </Link>
          </p>
          <p className="kpi-note">
            <Delta value={change?.failedBySeverity[severity] ?? null} goodWhen="down" />
          </p>
        </div>
      ))}
      <div className="kpi">
        <h2>Errors</h2>
        <p className="kpi-value">
          <Link to="/findings" search={{ status: 'ERROR' }}>
            {formatCount(overview.totals.ERROR)}
          </Link>
        </p>
        <p className="kpi-note">could not be evaluated</p>
      </div>
    </section>
  );
}

function TopChecks(props: { overview: Overview }) {
  const checks = props.overview.topFailingChecks;
  return (
    <section className="panel" aria-labelledby="top-title">
      <h2 id="top-title">Fix first: top failing checks</h2>
      {checks.length === 0 ? (
        <EmptyState>No open failures.</EmptyState>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Severity</th>
              <th scope="col" className="num">
                Failures
              </th>
              <th scope="col" className="num">
                Accounts
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.checkId}>
                <td>
                  <Link to="/findings" search={{ checkId: check.checkId, status: 'FAIL', muted: 'false' }}>
                    {check.title ?? check.checkId}
                  </Link>
                </td>
                <td>
                  <SeverityBadge severity={check.severity} />
                </td>
                <td className="num">{formatCount(check.FAIL)}</td>
                <td className="num">{formatCount(check.accountsFailing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CoverageGaps(props: { overview: Overview }) {
  const { coverage } = props.overview;
  const gaps =
    coverage.accountsFailed.length +
    coverage.accountsWithoutResults.length +
    coverage.regionsWithErrors.length +
    coverage.checksWithErrors.length;
  return (
    <section className="panel" aria-labelledby="gaps-title">
      <h2 id="gaps-title">
        Coverage gaps <span className={`count-pill ${gaps > 0 ? 'count-warn' : ''}`}>{gaps}</span>
      </h2>
      <p className="muted small">
        {formatCount(coverage.accountsWithResults)} of {formatCount(coverage.accountsKnown)} active accounts
        have results. What is listed here is not covered: never counted as passing.
      </p>
      {gaps === 0 ? <EmptyState>Every active account, region and check was evaluated.</EmptyState> : null}
      {coverage.accountsFailed.length > 0 ? (
        <>
          <h3>Accounts the last scan could not enter</h3>
          <ul className="gap-list">
            {coverage.accountsFailed.map((account) => (
              <li key={account.accountId}>
                <Link to="/accounts/$accountId" params={{ accountId: account.accountId }}>
                  {account.name}
                </Link>{' '}
                <span className="muted mono">{account.accountId}</span>
                {account.reason ? (
                  <span className="reason">
                    {account.reason.category}: {account.reason.detail}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {coverage.accountsWithoutResults.length > 0 ? (
        <>
          <h3>Accounts without any result</h3>
          <ul className="gap-list">
            {coverage.accountsWithoutResults.slice(0, 20).map((account) => (
              <li key={account.accountId}>
                {account.name} <span className="muted mono">{account.accountId}</span>
              </li>
            ))}
          </ul>
          {coverage.accountsWithoutResults.length > 20 ? (
            <p className="muted small">and {coverage.accountsWithoutResults.length - 20} more</p>
          ) : null}
        </>
      ) : null}
      {coverage.regionsWithErrors.length > 0 ? (
        <>
          <h3>Regions with errors</h3>
          <ul className="gap-list inline">
            {coverage.regionsWithErrors.map((region) => (
              <li key={region.region}>
                <Link to="/findings" search={{ region: region.region, status: 'ERROR' }}>
                  {region.region}
                </Link>{' '}
                <span className="muted">{formatCount(region.ERROR)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {coverage.checksWithErrors.length > 0 ? (
        <>
          <h3>Checks in error</h3>
          <ul className="gap-list">
            {coverage.checksWithErrors.slice(0, 10).map((check) => (
              <li key={check.checkId}>
                <Link to="/findings" search={{ checkId: check.checkId, status: 'ERROR' }}>
                  {check.title ?? check.checkId}
                </Link>{' '}
                <span className="muted">
                  {formatCount(check.ERROR)} errors in {check.accountsErring} accounts
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// ECharts is the largest dependency: it loads with the chart, not with the first screen.
const TrendChart = lazy(() =>
  import('../overview/TrendChart').then((module) => ({ default: module.TrendChart })),
);

/** The organization's posture at a glance: numbers, trend, where it fails, what to fix, what is not covered. */
export function OverviewPage() {
  const api = useApi();
  const { can } = useSession();
  const { organizationId } = useOrganization();
  const overview = useQuery({
    queryKey: ['overview', organizationId],
    queryFn: () => unwrap(api.GET('/v1/posture/overview', { params: { query: { organizationId } } })),
  });
  const trend = useQuery({
    queryKey: ['trend', organizationId],
    queryFn: () => unwrap(api.GET('/v1/posture/trend', { params: { query: { organizationId, limit: 30 } } })),
  });
  return (
    <div className="page">
      <PageHeader
        title="Overview"
        subtitle={
          overview.data?.lastScan ? (
            <>
              Posture after the scan of {formatDate(overview.data.lastScan.createdAt)} ·{' '}
              <Link to="/scans/$scanId" params={{ scanId: overview.data.lastScan.id }}>
                {overview.data.lastScan.status}
              </Link>
            </>
          ) : (
            'No scan has been folded into the posture yet.'
          )
        }
        actions={
          can('operator') ? (
            <Link to="/scans/new" className="button button-primary">
              Start a scan
            </Link>
          ) : null
        }
      />
      <QueryView query={overview} what="the overview">
        {(data) =>
          data.lastScan === null ? (
            <EmptyState>
              No results yet.{' '}
              {can('operator') ? (
                <Link to="/scans/new">Start a scan</Link>
              ) : (
                'Ask an operator to start a scan.'
              )}
            </EmptyState>
          ) : (
            <>
              <Kpis overview={data} />
              <div className="grid-2">
                <section className="panel" aria-labelledby="trend-title">
                  <h2 id="trend-title">Trend over the last scans</h2>
                  <QueryView query={trend} what="the trend">
                    {(points) =>
                      points.points.length < 2 ? (
                        <EmptyState>The trend appears after the second scan.</EmptyState>
                      ) : (
                        <Suspense fallback={<Loading what="the chart" />}>
                          <TrendChart trend={points} />
                        </Suspense>
                      )
                    }
                  </QueryView>
                </section>
                <TopChecks overview={data} />
              </div>
              <HeatmapPanel />
              <CoverageGaps overview={data} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
