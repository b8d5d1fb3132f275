import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { unwrap } from '../api/client';
import type { ComplianceReport } from '../api/types';
import { useApi, useOrganization } from '../app/services';
import { formatCount, formatDate, PageHeader, QueryView, ScrollRegion } from '../components/ui';

const STATUSES = ['FAIL', 'ERROR', 'NOT_EVALUATED', 'MANUAL', 'PASS'] as const;
const SHORT: Record<string, string> = {
  FAIL: 'FAIL',
  ERROR: 'ERR',
  NOT_EVALUATED: 'N/E',
  MANUAL: 'MAN',
  PASS: 'PASS',
};

function Matrix(props: { report: ComplianceReport }) {
  const { report } = props;
  const accounts = report.accounts.items;
  return (
    <ScrollRegion className="table-scroll matrix-scroll" label="Requirements × accounts (scrollable)">
      <table className="table matrix">
        <caption className="visually-hidden">Requirement status per account</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Status</th>
            {accounts.map((account) => (
              <th
                key={account.accountId}
                scope="col"
                className="account-col"
                title={`${account.name} (${account.accountId})`}
              >
                <span>{account.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.requirements.map((requirement) => (
            <tr key={requirement.id}>
              <th scope="row" className="requirement">
                <span className="mono">{requirement.id}</span> {requirement.title}
                {requirement.level ? <span className="muted small"> · {requirement.level}</span> : null}
                {requirement.status === 'MANUAL' || requirement.evaluation === 'manual' ? (
                  <details className="guidance">
                    <summary>Manual guidance</summary>
                    <p>{requirement.guidance}</p>
                  </details>
                ) : null}
                {requirement.status === 'MANUAL' || requirement.evaluation === 'manual' ? (
                  <p className="print-only small">Manual guidance: {requirement.guidance}</p>
                ) : null}
              </th>
              <td>
                {requirement.checks.length > 0 &&
                (requirement.status === 'FAIL' || requirement.status === 'ERROR') ? (
                  <Link
                    to="/findings"
                    search={{
                      framework: report.framework.id,
                      requirement: requirement.id,
                      status: ['FAIL', 'ERROR'],
                    }}
                    className={`cstatus cstatus-${requirement.status}`}
                  >
                    {requirement.status}
                  </Link>
                ) : (
                  <span className={`cstatus cstatus-${requirement.status}`}>{requirement.status}</span>
                )}
              </td>
              {accounts.map((account) => {
                const status = account.requirements[requirement.id] ?? 'NOT_EVALUATED';
                return (
                  <td
                    key={account.accountId}
                    className={`ccell cstatus-${status}`}
                    title={`${account.name}: ${status}`}
                  >
                    {SHORT[status]}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Per framework: the requirement × account matrix, manual guidance, and a print stylesheet for audits. */
export function CompliancePage() {
  const api = useApi();
  const navigate = useNavigate();
  const { organizationId } = useOrganization();
  const search = useSearch({ from: '/app/compliance' });
  const framework = search.framework ?? 'cis-aws-7.0.0';
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const frameworks = useQuery({
    queryKey: ['frameworks'],
    queryFn: () => unwrap(api.GET('/v1/frameworks')),
    staleTime: 3_600_000,
  });
  const report = useQuery({
    queryKey: ['compliance', organizationId, framework, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/v1/compliance/{framework}', {
          params: {
            path: { framework },
            query: { organizationId, limit: 30, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
  return (
    <div className="page">
      <PageHeader
        title="Compliance"
        subtitle="Each requirement per account. Print this page (or save it as PDF) for an audit report."
        actions={
          <>
            <label className="field inline">
              <span>Framework</span>
              <select
                value={framework}
                onChange={(event) => {
                  setCursor(undefined);
                  void navigate({ to: '/compliance', search: { framework: event.target.value } });
                }}
              >
                {(frameworks.data?.items ?? [{ id: framework, name: framework }]).map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button no-print" onClick={() => window.print()}>
              Print
            </button>
          </>
        }
      />
      <QueryView query={report} what="the compliance report">
        {(data) => (
          <>
            <section className="kpis compliance-totals" aria-label="Requirements by status">
              <div className="kpi kpi-main">
                <h2>{data.framework.name}</h2>
                <p className="kpi-note">
                  {formatCount(data.totals.accounts)} accounts · generated {formatDate(data.generatedAt)}
                </p>
              </div>
              {STATUSES.map((status) => (
                <div key={status} className="kpi">
                  <h2>
                    <span className={`cstatus cstatus-${status}`}>{status.replace('_', ' ')}</span>
                  </h2>
                  <p className="kpi-value">{formatCount(data.totals.requirements[status])}</p>
                  <p className="kpi-note">requirements</p>
                </div>
              ))}
            </section>
            <Matrix report={data} />
            <div className="pager no-print">
              {cursor ? (
                <button type="button" className="button" onClick={() => setCursor(undefined)}>
                  First accounts
                </button>
              ) : null}
              {data.accounts.nextCursor ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => setCursor(data.accounts.nextCursor ?? undefined)}
                >
                  Next accounts
                </button>
              ) : null}
            </div>
          </>
        )}
      </QueryView>
    </div>
  );
}
