import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError, unwrap } from '../api/client';
import type { ScanDetail } from '../api/types';
import { useApi, useServices, useSession } from '../app/services';
import {
  EmptyState,
  formatCount,
  formatDate,
  formatJudged,
  PageHeader,
  QueryView,
  ScrollRegion,
  SeverityBadge,
  StatusBadge,
} from '../components/ui';

const RUNNING = new Set(['pending', 'running']);
const CHANGES = ['new', 'resolved', 'regressed', 'reopened'] as const;
/** How often a running scan is asked for its progress. */
const POLL_MS = 1500;

function Progress(props: { scan: ScanDetail }) {
  const { progress } = props.scan;
  const done = progress.succeeded + progress.failed + progress.skipped + progress.cancelled;
  const total = done + progress.pending + progress.running;
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      <progress max={total || 1} value={done} aria-label="Accounts finished">
        {done} of {total}
      </progress>
      <p className="progress-text" aria-live="polite">
        {formatCount(done)} of {formatCount(total)} accounts finished · {progress.running} running ·{' '}
        {progress.pending} waiting · {progress.succeeded} succeeded · {progress.failed} failed
        {progress.cancelled ? ` · ${progress.cancelled} cancelled` : ''}
      </p>
    </section>
  );
}

/** Regions an organization policy (SCP) denies: recorded, not evaluated; the AWS error on hover. */
function DeniedRegions(props: { denials: ScanDetail['accounts'][number]['regionsDeniedByPolicy'] }) {
  if (props.denials.length === 0) return null;
  return (
    <span
      className="muted"
      title={props.denials.map((denial) => `${denial.region}: ${denial.code}: ${denial.message}`).join('\n')}
    >
      Regions denied by policy, not evaluated: {props.denials.map((denial) => denial.region).join(', ')}
    </span>
  );
}

function Accounts(props: { scan: ScanDetail }) {
  return (
    <section className="panel" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Accounts</h2>
      <ScrollRegion className="table-scroll short" label="Accounts of the scan (scrollable)">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Findings
              </th>
              <th scope="col" className="num">
                Errors
              </th>
              <th scope="col" className="num">
                API calls
              </th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {props.scan.accounts.map((account) => (
              <tr key={account.accountId}>
                <th scope="row">
                  {account.name} <span className="mono muted">{account.accountId}</span>
                </th>
                <td>
                  <span className={`scan-status scan-${account.status}`}>{account.status}</span>
                  {account.coverage ? (
                    <span className="muted"> — {formatJudged(account.coverage)}</span>
                  ) : null}
                </td>
                <td className="num">{formatCount(account.findings)}</td>
                <td className="num">{formatCount(account.errors)}</td>
                <td className="num">{formatCount(account.apiCalls)}</td>
                <td>
                  {account.reason ? `${account.reason.category}: ${account.reason.detail}` : ''}
                  <DeniedRegions denials={account.regionsDeniedByPolicy} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function Diff(props: { scanId: string }) {
  const api = useApi();
  const [change, setChange] = useState<(typeof CHANGES)[number] | null>(null);
  const diff = useQuery({
    queryKey: ['diff', props.scanId, change],
    queryFn: () =>
      unwrap(
        api.GET('/v1/scans/{id}/diff', {
          params: {
            path: { id: props.scanId },
            query: { limit: 200, ...(change ? { change: [change] } : {}) },
          },
        }),
      ),
  });
  return (
    <section className="panel" aria-labelledby="diff-title">
      <h2 id="diff-title">What changed</h2>
      {diff.error instanceof ApiError && diff.error.status === 409 ? (
        <EmptyState>{diff.error.detail}</EmptyState>
      ) : (
        <QueryView query={diff} what="the changes">
          {(data) => (
            <>
              <fieldset className="change-tabs">
                <legend className="visually-hidden">Show changes</legend>
                <button
                  type="button"
                  className={`button button-small ${change === null ? 'selected' : ''}`}
                  aria-pressed={change === null}
                  onClick={() => setChange(null)}
                >
                  all
                </button>
                {CHANGES.map((name) => (
                  <button
                    key={name}
                    type="button"
                    className={`button button-small ${change === name ? 'selected' : ''}`}
                    aria-pressed={change === name}
                    onClick={() => setChange(name)}
                  >
                    {name} <span className="count-pill">{formatCount(data.counts[name])}</span>
                  </button>
                ))}
                <span className="muted small">{formatCount(data.counts.unchanged)} unchanged</span>
              </fieldset>
              {data.items.length === 0 ? (
                <EmptyState>Nothing {change ?? 'changed'}.</EmptyState>
              ) : (
                <ScrollRegion className="table-scroll short" label="Changes (scrollable)">
                  <table className="table compact">
                    <thead>
                      <tr>
                        <th scope="col">Change</th>
                        <th scope="col">Severity</th>
                        <th scope="col">Check</th>
                        <th scope="col">Account</th>
                        <th scope="col">Resource</th>
                        <th scope="col">Now</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((item) => (
                        <tr key={item.fingerprint}>
                          <td>
                            <span className={`badge change change-${item.change}`}>{item.change}</span>
                          </td>
                          <td>
                            <SeverityBadge severity={item.severity} />
                          </td>
                          <td>
                            <Link to="/findings/$fingerprint" params={{ fingerprint: item.fingerprint }}>
                              {item.checkId}
                            </Link>
                          </td>
                          <td className="mono">{item.accountId}</td>
                          <td className="mono truncate" title={item.resourceId}>
                            {item.resourceId}
                          </td>
                          <td>
                            <StatusBadge status={item.status} muted={item.muted} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
            </>
          )}
        </QueryView>
      )}
    </section>
  );
}

/** A finished scan is folded into the posture right after it ends: keep asking until it was (bounded). */
const FOLDING_WINDOW_MS = 10 * 60_000;

function stillMoving(scan: ScanDetail): boolean {
  if (RUNNING.has(scan.status)) return true;
  const finished = scan.finishedAt ? Date.parse(scan.finishedAt) : 0;
  return scan.postureAppliedAt === null && Date.now() - finished < FOLDING_WINDOW_MS;
}

function Changes(props: { scan: ScanDetail }) {
  const { scan } = props;
  if (scan.changes) return <Diff scanId={scan.id} />;
  return (
    <section className="panel" aria-labelledby="diff-title">
      <h2 id="diff-title">What changed</h2>
      <EmptyState>
        {scan.postureAppliedAt === null
          ? 'The results are being folded into the posture…'
          : 'A newer scan was folded into the posture first: compare this scan with another one through the API (diff with against).'}
      </EmptyState>
    </section>
  );
}

/** One scan: live progress per account while it runs (polling), cancel and retry, then what changed. */
export function ScanPage() {
  const services = useServices();
  const { can } = useSession();
  const { scanId } = useParams({ from: '/app/scans/$scanId' });
  const scan = useQuery({
    queryKey: ['scan', scanId],
    queryFn: () => unwrap(services.api.GET('/v1/scans/{id}', { params: { path: { id: scanId } } })),
    refetchInterval: (query) => (query.state.data && !stillMoving(query.state.data) ? false : POLL_MS),
  });
  const refresh = () => services.queryClient.invalidateQueries();
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(services.api.POST('/v1/scans/{id}/cancel', { params: { path: { id: scanId } } })),
    onSettled: refresh,
  });
  const retry = useMutation({
    mutationFn: () => unwrap(services.api.POST('/v1/scans/{id}/retry', { params: { path: { id: scanId } } })),
    onSettled: refresh,
  });
  const actionError = cancel.error ?? retry.error;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/scans">Scans</Link> ›
      </p>
      <QueryView query={scan} what="the scan">
        {(data) => {
          const running = RUNNING.has(data.status);
          return (
            <>
              <PageHeader
                title={`Scan of ${formatDate(data.createdAt)}`}
                subtitle={
                  <>
                    <span className={`scan-status scan-${data.status}`} data-testid="scan-status">
                      {data.status}
                    </span>{' '}
                    {data.coverage.cells ? (
                      <span data-testid="scan-coverage">
                        · {formatJudged(data.coverage.cells)} ({formatCount(data.coverage.cells.judged)} of{' '}
                        {formatCount(data.coverage.cells.total)} check × region cells){' '}
                      </span>
                    ) : null}
                    · {data.trigger} · {formatCount(data.checks.length)} checks
                    {data.regions ? ` · ${data.regions.join(', ')}` : ' · all enabled regions'}
                    {data.finishedAt ? ` · finished ${formatDate(data.finishedAt)}` : ''}
                  </>
                }
                actions={
                  can('operator') ? (
                    <>
                      {running ? (
                        <button
                          type="button"
                          className="button"
                          onClick={() => cancel.mutate()}
                          disabled={cancel.isPending}
                        >
                          Cancel scan
                        </button>
                      ) : null}
                      {!running && data.progress.failed > 0 ? (
                        <button
                          type="button"
                          className="button"
                          onClick={() => retry.mutate()}
                          disabled={retry.isPending}
                        >
                          Retry failed accounts
                        </button>
                      ) : null}
                    </>
                  ) : null
                }
              />
              {actionError ? (
                <p className="form-error" role="alert">
                  {actionError instanceof ApiError ? actionError.detail : 'The action failed'}
                </p>
              ) : null}
              <Progress scan={data} />
              {!running ? (
                <section className="kpis" aria-label="Findings of the scan">
                  {(['FAIL', 'ERROR', 'PASS', 'MANUAL', 'SKIPPED'] as const).map((status) => (
                    <div className="kpi" key={status}>
                      <h2>
                        <StatusBadge status={status} />
                      </h2>
                      <p className="kpi-value">{formatCount(data.totals.byStatus[status])}</p>
                    </div>
                  ))}
                </section>
              ) : null}
              {!running ? <Changes scan={data} /> : null}
              <Accounts scan={data} />
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
