import { type Framework, findFramework } from '@orgscan/checks';
import {
  buildComplianceReport,
  type ComplianceAccountOutcome,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  type PostureAccount,
} from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  ComplianceParams,
  ComplianceQuery,
  ComplianceReportSchema,
  ScanComplianceParams,
  ScanComplianceQuery,
} from '../../schemas/compliance.js';
import { problemResponses } from '../../schemas/problem.js';
import { organizationOf } from '../posture/organization-scope.js';

interface AccountSelection {
  readonly accountId?: readonly string[] | undefined;
  readonly ouId?: string | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

function frameworkOf(id: string): Framework {
  const framework = findFramework(id);
  if (!framework) throw new NotFoundError('framework', id);
  return framework;
}

function selected(account: PostureAccount, query: AccountSelection): boolean {
  return (
    (!query.accountId?.length || query.accountId.includes(account.accountId)) &&
    (query.ouId === undefined || account.ouIds.includes(query.ouId))
  );
}

/**
 * The report over every selected account (totals are organization-wide), with the per-account matrix paged
 * by account id. Each requirement links to the failing and unevaluable findings behind it.
 */
function report(
  framework: Framework,
  input: Parameters<typeof buildComplianceReport>[0],
  query: AccountSelection,
  findingsLink: (requirementId: string, checks: readonly string[]) => string,
) {
  const built = buildComplianceReport(input);
  const after = query.cursor ? decodeCursor(query.cursor, ['accountId'])[0] : '';
  const remaining = built.accounts.filter((account) => account.accountId > after);
  const page = remaining.slice(0, query.limit);
  const last = page.at(-1);
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    totals: built.totals,
    requirements: built.requirements.map((requirement) => ({
      ...requirement,
      level: requirement.level,
      checks: [...requirement.checks],
      findings: requirement.checks.length > 0 ? findingsLink(requirement.id, requirement.checks) : null,
    })),
    accounts: {
      items: page.map((account) => ({ ...account, requirements: { ...account.requirements } })),
      nextCursor: remaining.length > query.limit && last ? encodeCursor([last.accountId]) : null,
    },
  };
}

/** Requirement-level compliance of a framework per account: current, and as of one scan. */
export function complianceRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/compliance/:framework',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Current compliance with a framework: each requirement per account, with totals',
        description:
          'FAIL if a mapped check fails (muted failures excepted), ERROR if one could not be evaluated, ' +
          'NOT_EVALUATED if one has no result, MANUAL for requirements no check decides (with the guidance), ' +
          'PASS otherwise. Requirement status over the organization is the worst of its accounts.',
        params: ComplianceParams,
        querystring: ComplianceQuery,
        response: { 200: ComplianceReportSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const framework = frameworkOf(request.params.framework);
      const organization = await organizationOf(deps, request.query.organizationId);
      const [cells, accounts] = await Promise.all([
        deps.store.rollups.currentCompliance(organization.id, framework.id),
        deps.store.rollups.organizationAccounts(organization.id),
      ]);
      const withResults = new Set(cells.keys());
      const included = accounts
        .filter(
          (account) =>
            (account.state === 'ACTIVE' || withResults.has(account.accountId)) &&
            selected(account, request.query),
        )
        .map((account) => ({
          account,
          outcome: (withResults.has(account.accountId)
            ? 'evaluated'
            : 'not-evaluated') as ComplianceAccountOutcome,
        }));
      return {
        organizationId: organization.id,
        scanId: null,
        generatedAt: deps.now().toISOString(),
        ...report(
          framework,
          { framework, cells, accounts: included },
          request.query,
          (requirementId) =>
            `/v1/findings?organizationId=${organization.id}&framework=${framework.id}&requirement=${requirementId}&status=FAIL&status=ERROR`,
        ),
      };
    },
  );

  app.get(
    '/v1/scans/:id/compliance/:framework',
    {
      schema: {
        tags: ['scans', 'compliance'],
        summary: 'Compliance with a framework as one scan found it (an unreachable account is ERROR)',
        params: ScanComplianceParams,
        querystring: ScanComplianceQuery,
        response: { 200: ComplianceReportSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const framework = frameworkOf(request.params.framework);
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      const [accountChecks, accounts] = await Promise.all([
        deps.store.rollups.scanAccountChecks(scan.id),
        deps.store.rollups.scanAccounts(scan.id),
      ]);
      const outcomeOf = (state: string): ComplianceAccountOutcome =>
        state === 'succeeded' ? 'evaluated' : state === 'failed' ? 'unreachable' : 'not-evaluated';
      const included = accounts
        .filter((account) => account.state !== 'skipped' && selected(account, request.query))
        .map((account) => ({ account, outcome: outcomeOf(account.state) }));
      return {
        organizationId: scan.organizationId,
        scanId: scan.id,
        generatedAt: deps.now().toISOString(),
        ...report(
          framework,
          { framework, accountChecks, accounts: included },
          request.query,
          (_requirementId, checks) =>
            `/v1/scans/${scan.id}/findings?${checks.map((check) => `checkId=${check}`).join('&')}&status=FAIL&status=ERROR`,
        ),
      };
    },
  );
}
