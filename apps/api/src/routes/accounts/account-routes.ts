import { SEVERITIES, type Severity } from '@orgscan/checks';
import {
  type AccountScanStatus,
  CountsAccumulator,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  type PostureAccount,
} from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';
import {
  AccountParams,
  AccountPostureSchema,
  ListAccountsQuery,
  SummaryQuery,
} from '../../schemas/summary.js';
import { organizationOf } from '../posture/organization-scope.js';
import { accountCellsView } from '../scans/scan-views.js';

async function accountViews(deps: AppDeps, organizationId: string, accounts: readonly PostureAccount[]) {
  const ids = accounts.map((account) => account.accountId);
  const [tallies, lastScans] = await Promise.all([
    deps.store.rollups.currentSummaryTallies(organizationId, ids),
    deps.store.rollups.lastScanPerAccount(organizationId, ids),
  ]);
  const byAccount = new Map(tallies.byAccount.map((row) => [row.accountId, row]));
  return accounts.map((account) => {
    const row = byAccount.get(account.accountId);
    const lastScan = lastScans.get(account.accountId);
    return {
      accountId: account.accountId,
      name: account.name,
      email: account.email,
      state: account.state,
      ouIds: [...account.ouIds],
      ouPath: account.ouPath,
      posture: (row ? new CountsAccumulator().add(row) : new CountsAccumulator()).counts(),
      failedBySeverity: Object.fromEntries(
        SEVERITIES.map((severity, rank) => [severity, row?.failedBySeverity[rank] ?? 0]),
      ) as Record<Severity, number>,
      lastScan: lastScan
        ? {
            scanId: lastScan.scanId,
            scanCreatedAt: lastScan.scanCreatedAt.toISOString(),
            status: lastScan.status as 'succeeded',
            reason: lastScan.reason,
            finishedAt: lastScan.finishedAt ? lastScan.finishedAt.toISOString() : null,
            coverage: accountCellsView(
              { status: lastScan.status as AccountScanStatus, cells: lastScan.cells },
              lastScan.notScannedCells,
            ),
          }
        : null,
    };
  });
}

/** The organization's accounts with their current posture and their last scan. */
export function accountRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/accounts',
    {
      schema: {
        tags: ['posture'],
        summary: 'Accounts of an organization: current posture (counts, pass rate) and last scan of each',
        querystring: ListAccountsQuery,
        response: { 200: pageOf(AccountPostureSchema, 'AccountPosturePage'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { query } = request;
      const organization = await organizationOf(deps, query.organizationId);
      const after = query.cursor ? decodeCursor(query.cursor, ['accountId'])[0] : '';
      const matching = (await deps.store.rollups.organizationAccounts(organization.id)).filter(
        (account) =>
          account.accountId > after &&
          (query.ouId === undefined || account.ouIds.includes(query.ouId)) &&
          (query.state === undefined || account.state === query.state),
      );
      const page = matching.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await accountViews(deps, organization.id, page),
        nextCursor: matching.length > query.limit && last ? encodeCursor([last.accountId]) : null,
      };
    },
  );

  app.get(
    '/v1/accounts/:id',
    {
      schema: {
        tags: ['posture'],
        summary: 'One account: current posture and last scan',
        params: AccountParams,
        querystring: SummaryQuery,
        response: { 200: AccountPostureSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationOf(deps, request.query.organizationId);
      const account = (await deps.store.rollups.organizationAccounts(organization.id)).find(
        (candidate) => candidate.accountId === request.params.id,
      );
      if (!account) throw new NotFoundError('account', request.params.id);
      const [view] = await accountViews(deps, organization.id, [account]);
      return view!;
    },
  );
}
