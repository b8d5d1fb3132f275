import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { unwrap } from '../api/client';
import type { AccountPosture } from '../api/types';
import { useApi, useOrganization } from '../app/services';
import {
  EmptyState,
  formatCount,
  formatDate,
  formatJudged,
  formatPercent,
  PageHeader,
  QueryView,
  ScrollRegion,
} from '../components/ui';

/** Accounts grouped under their OU path (the tree as Organizations has it), in path order. */
function byOu(accounts: readonly AccountPosture[]): Array<[string, AccountPosture[]]> {
  const groups = new Map<string, AccountPosture[]>();
  for (const account of [...accounts].sort(
    (a, b) => a.ouPath.localeCompare(b.ouPath) || a.name.localeCompare(b.name),
  )) {
    groups.set(account.ouPath, [...(groups.get(account.ouPath) ?? []), account]);
  }
  return [...groups];
}

function LastScan(props: { account: AccountPosture }) {
  const last = props.account.lastScan;
  if (!last) return <span className="muted">never scanned</span>;
  return (
    <span>
      <Link
        to="/scans/$scanId"
        params={{ scanId: last.scanId }}
        className={`scan-status scan-${last.status}`}
      >
        {last.status}
      </Link>
      {last.coverage ? <span className="muted"> — {formatJudged(last.coverage)}</span> : null}
      {last.reason ? (
        <span className="reason">
          {' '}
          {last.reason.category}: {last.reason.detail}
        </span>
      ) : null}
      <span className="muted small"> · {formatDate(last.finishedAt ?? last.scanCreatedAt)}</span>
    </span>
  );
}

export function AccountsPage() {
  const api = useApi();
  const { organizationId } = useOrganization();
  const [filter, setFilter] = useState('');
  const accounts = useQuery({
    queryKey: ['accounts', organizationId],
    queryFn: () => unwrap(api.GET('/v1/accounts', { params: { query: { organizationId, limit: 1000 } } })),
  });
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const items = accounts.data?.items ?? [];
    return needle
      ? items.filter((item) => `${item.name} ${item.accountId} ${item.ouPath}`.toLowerCase().includes(needle))
      : items;
  }, [accounts.data, filter]);
  return (
    <div className="page">
      <PageHeader
        title="Accounts"
        subtitle="Every account of the organization under its OU, with its posture and last scan."
      />
      <label className="field inline search">
        <span>Find an account</span>
        <input
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder="name, id or OU"
        />
      </label>
      <QueryView query={accounts} what="accounts">
        {() =>
          shown.length === 0 ? (
            <EmptyState>No account matches.</EmptyState>
          ) : (
            <ScrollRegion className="table-scroll" label="Accounts (scrollable)">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Account</th>
                    <th scope="col" className="num">
                      Pass rate
                    </th>
                    <th scope="col" className="num">
                      Critical
                    </th>
                    <th scope="col" className="num">
                      High
                    </th>
                    <th scope="col" className="num">
                      Medium
                    </th>
                    <th scope="col" className="num">
                      Low
                    </th>
                    <th scope="col" className="num">
                      Errors
                    </th>
                    <th scope="col">Last scan</th>
                  </tr>
                </thead>
                {byOu(shown).map(([ouPath, group]) => (
                  <tbody key={ouPath}>
                    <tr className="group-row">
                      <th scope="rowgroup" colSpan={8}>
                        {ouPath.split('/').join(' › ')} <span className="muted">· {group.length}</span>
                      </th>
                    </tr>
                    {group.map((account) => (
                      <tr key={account.accountId}>
                        <th scope="row">
                          <Link to="/accounts/$accountId" params={{ accountId: account.accountId }}>
                            {account.name}
                          </Link>{' '}
                          <span className="mono muted">{account.accountId}</span>
                          {account.state !== 'ACTIVE' ? <span className="badge">{account.state}</span> : null}
                        </th>
                        <td className="num">{formatPercent(account.posture.passRate)}</td>
                        <td className="num">{formatCount(account.failedBySeverity.critical)}</td>
                        <td className="num">{formatCount(account.failedBySeverity.high)}</td>
                        <td className="num">{formatCount(account.failedBySeverity.medium)}</td>
                        <td className="num">{formatCount(account.failedBySeverity.low)}</td>
                        <td className="num">{formatCount(account.posture.ERROR)}</td>
                        <td>
                          <LastScan account={account} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
    </div>
  );
}

export { LastScan };
