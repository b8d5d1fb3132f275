import {
  checks,
  checksByRequirement,
  findCheck,
  findFramework,
  SEVERITIES,
  type Severity,
} from '@orgscan/checks';
import { CountsAccumulator, InvalidRequestError, NotFoundError, type StatusTally } from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  HeatmapQuery,
  OverviewQuery,
  PostureHeatmapSchema,
  PostureOverviewSchema,
  PostureTrendSchema,
  TrendQuery,
} from '../../schemas/dashboard.js';
import { problemResponses } from '../../schemas/problem.js';
import { organizationOf } from './organization-scope.js';
import { buildHeatmapRows, type HeatmapColumn } from './posture-heatmap.js';

const DEFAULT_HEATMAP_FRAMEWORK = 'cis-aws-7.0.0';
const TOP_CHECKS = 10;

const bySeverity = (ranks: readonly number[]) =>
  Object.fromEntries(SEVERITIES.map((severity, rank) => [severity, ranks[rank] ?? 0])) as Record<
    Severity,
    number
  >;

const countsOf = (tally: StatusTally) => new CountsAccumulator().add(tally).counts();

/** The framework's sections as columns, or, for one section, its checks. */
function heatmapColumns(frameworkId: string, section: string | undefined): HeatmapColumn[] {
  const framework = findFramework(frameworkId);
  if (!framework) throw new NotFoundError('framework', frameworkId);
  const mapping = checksByRequirement(framework, checks);
  const sections = new Map<string, Set<string>>();
  for (const requirement of framework.requirements) {
    const sectionChecks = sections.get(requirement.section) ?? new Set<string>();
    for (const checkId of mapping.get(requirement.id) ?? []) sectionChecks.add(checkId);
    sections.set(requirement.section, sectionChecks);
  }
  if (section === undefined) {
    return [...sections]
      .filter(([, sectionChecks]) => sectionChecks.size > 0)
      .map(([name, sectionChecks]) => ({ id: name, label: name, checks: [...sectionChecks].sort() }));
  }
  const sectionChecks = sections.get(section);
  if (!sectionChecks) {
    throw new InvalidRequestError(`unknown section of ${framework.id}: ${section}`, 'querystring.section');
  }
  return [...sectionChecks]
    .sort()
    .map((checkId) => ({ id: checkId, label: findCheck(checkId)?.title ?? checkId, checks: [checkId] }));
}

/**
 * The aggregates the dashboard's overview shows, answered from the rollups kept at finalize and the
 * posture snapshots (a few thousand rows, whatever the number of findings).
 */
export function dashboardPostureRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/posture/overview',
    {
      schema: {
        tags: ['posture'],
        summary:
          'Posture at a glance: pass rate, open failures by severity, change, top failing checks, gaps',
        querystring: OverviewQuery,
        response: { 200: PostureOverviewSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationOf(deps, request.query.organizationId);
      const [tallies, regions, accounts, perCheck, snapshots, lastScanId] = await Promise.all([
        deps.store.rollups.currentSummaryTallies(organization.id),
        deps.store.rollups.currentRegions(organization.id),
        deps.store.rollups.organizationAccounts(organization.id),
        deps.store.rollups.currentCheckAccountCounts(organization.id),
        deps.store.postureSnapshots.latest(organization.id, 2),
        deps.store.rollups.lastAppliedScanId(organization.id),
      ]);
      const active = accounts.filter((account) => account.state === 'ACTIVE');
      const [lastScan, failedAccounts] = await Promise.all([
        lastScanId ? deps.store.scans.get(lastScanId) : null,
        lastScanId ? deps.store.rollups.failedAccountsOfScan(lastScanId) : [],
      ]);
      const unreachable = new Map(failedAccounts.map((account) => [account.accountId, account.reason]));
      const total = new CountsAccumulator();
      const failed = [0, 0, 0, 0, 0];
      for (const row of tallies.byCheck) {
        total.add(row);
        failed[row.severityRank] = (failed[row.severityRank] ?? 0) + row.fail;
      }
      const totals = total.counts();
      // The posture before the latest final scan: the snapshot of the scan before it.
      const previous = snapshots.length === 2 && snapshots[1]!.scanId === lastScanId ? snapshots[0]! : null;
      const previousCounts = previous ? countsOf(previous) : null;
      const withResults = new Set(tallies.byAccount.map((row) => row.accountId));
      const ref = (account: (typeof accounts)[number]) => ({
        accountId: account.accountId,
        name: account.name,
        ouPath: account.ouPath,
      });
      return {
        organizationId: organization.id,
        generatedAt: deps.now().toISOString(),
        totals,
        failedBySeverity: bySeverity(failed),
        lastScan: lastScan
          ? {
              id: lastScan.id,
              status: lastScan.status,
              createdAt: lastScan.createdAt.toISOString(),
              finishedAt: lastScan.finishedAt ? lastScan.finishedAt.toISOString() : null,
            }
          : null,
        change:
          previous && previousCounts
            ? {
                since: { scanId: previous.scanId, scanCreatedAt: previous.scanCreatedAt.toISOString() },
                FAIL: totals.FAIL - previousCounts.FAIL,
                passRate:
                  totals.passRate === null || previousCounts.passRate === null
                    ? null
                    : Math.round((totals.passRate - previousCounts.passRate) * 10_000) / 10_000,
                failedBySeverity: bySeverity(
                  failed.map((count, rank) => count - (previous.failedBySeverity[rank] ?? 0)),
                ),
              }
            : null,
        topFailingChecks: tallies.byCheck
          .filter((row) => row.fail > 0)
          .sort(
            (a, b) =>
              a.severityRank - b.severityRank || b.fail - a.fail || a.checkId.localeCompare(b.checkId),
          )
          .slice(0, TOP_CHECKS)
          .map((row) => ({
            checkId: row.checkId,
            title: findCheck(row.checkId)?.title ?? null,
            service: findCheck(row.checkId)?.service ?? null,
            severity: SEVERITIES[row.severityRank] ?? 'informational',
            FAIL: row.fail,
            accountsFailing: perCheck.get(row.checkId)?.failing ?? 0,
            passRate: countsOf(row).passRate,
          })),
        coverage: {
          accountsKnown: active.length,
          accountsWithResults: withResults.size,
          accountsWithoutResults: active
            .filter((account) => !withResults.has(account.accountId) && !unreachable.has(account.accountId))
            .map(ref),
          accountsFailed: active.flatMap((account) =>
            lastScanId && unreachable.has(account.accountId)
              ? [{ ...ref(account), scanId: lastScanId, reason: unreachable.get(account.accountId) ?? null }]
              : [],
          ),
          regionsWithErrors: regions
            .filter((row) => row.error > 0)
            .map((row) => ({ region: row.region, ERROR: row.error })),
          checksWithErrors: tallies.byCheck
            .filter((row) => row.error > 0)
            .sort((a, b) => b.error - a.error || a.checkId.localeCompare(b.checkId))
            .map((row) => ({
              checkId: row.checkId,
              title: findCheck(row.checkId)?.title ?? null,
              ERROR: row.error,
              accountsErring: perCheck.get(row.checkId)?.erring ?? 0,
            })),
        },
      };
    },
  );

  app.get(
    '/v1/posture/trend',
    {
      schema: {
        tags: ['posture'],
        summary: 'Posture over the last final scans: open failures by severity and pass rate after each',
        querystring: TrendQuery,
        response: { 200: PostureTrendSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationOf(deps, request.query.organizationId);
      const snapshots = await deps.store.postureSnapshots.latest(organization.id, request.query.limit);
      return {
        organizationId: organization.id,
        points: snapshots.map((snapshot) => ({
          scanId: snapshot.scanId,
          scanCreatedAt: snapshot.scanCreatedAt.toISOString(),
          accounts: snapshot.accounts,
          totals: countsOf(snapshot),
          failedBySeverity: bySeverity(snapshot.failedBySeverity),
        })),
      };
    },
  );

  app.get(
    '/v1/posture/heatmap',
    {
      schema: {
        tags: ['posture', 'compliance'],
        summary: 'Accounts grouped by OU (nested) × framework sections, or × the checks of one section',
        description:
          'Each cell counts the findings of the checks mapped to the column (open failures, passes, muted, ' +
          'errors) with the pass rate; OU rows add up every account beneath them. Default framework: CIS.',
        querystring: HeatmapQuery,
        response: { 200: PostureHeatmapSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationOf(deps, request.query.organizationId);
      const frameworkId = request.query.framework ?? DEFAULT_HEATMAP_FRAMEWORK;
      const columns = heatmapColumns(frameworkId, request.query.section);
      const framework = findFramework(frameworkId)!;
      const [accounts, tallies] = await Promise.all([
        deps.store.rollups.organizationAccounts(organization.id),
        request.query.section === undefined
          ? deps.store.rollups.currentAccountSections(organization.id, framework.id)
          : deps.store.rollups.currentAccountChecksOf(
              organization.id,
              columns.map((column) => column.id),
            ),
      ]);
      const withResults = new Set(tallies.map((tally) => tally.accountId));
      const shown = accounts.filter(
        (account) => account.state === 'ACTIVE' || withResults.has(account.accountId),
      );
      return {
        organizationId: organization.id,
        framework: { id: framework.id, name: framework.name },
        section: request.query.section ?? null,
        columns: columns.map((column) => ({ ...column, checks: [...column.checks] })),
        rows: buildHeatmapRows(shown, columns, tallies).map((row) => ({ ...row, cells: [...row.cells] })),
      };
    },
  );
}
