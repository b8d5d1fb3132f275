import {
  type AccountTags,
  type AwsAccess,
  collectManagementContext,
  type ManagementContext,
  memberRoleArn,
  type OrganizationAccessParams,
  type OrganizationAccount,
} from '@orgscan/aws';
import type { CheckDefinition } from '@orgscan/checks';
import { type AccountScope, type PlannedAccount, plannedAccount, withinScope } from './account-scope.js';

export interface ScanAccountsParams {
  /** How the organization is read: a role in the management (or delegated-admin) account, or our own. */
  readonly management: OrganizationAccessParams;
  readonly partition: string;
  /** The scanning role in every member account. */
  readonly memberRoleName: string;
  readonly scope: AccountScope;
}

export interface ScanAccounts {
  /** The AWS organization id (o-…). */
  readonly organizationId: string;
  readonly managementAccountId: string;
  /** Every account as Organizations reports it (names, e-mails, OU chains, states). */
  readonly organizationAccounts: readonly OrganizationAccount[];
  /** Every account, to scan (pending) or skipped with the reason, in account id order. */
  readonly accounts: readonly PlannedAccount[];
}

/**
 * Enumerates the organization live and decides which accounts a scan covers: ACTIVE accounts in scope are
 * pending, the others skipped with the reason. Account tags are read only when the scope filters on them.
 * Throws AwsCallError when Organizations cannot be read.
 */
export async function enumerateScanAccounts(
  aws: AwsAccess,
  params: ScanAccountsParams,
): Promise<ScanAccounts> {
  const snapshot = await aws.enumerateOrganization(params.management);
  let tags: Map<string, AccountTags> | null = null;
  if (params.scope.accountTagFilters.length > 0) {
    const active = snapshot.accounts.filter((account) => account.state === 'ACTIVE');
    tags = await aws.accountTags(
      params.management,
      active.map((account) => account.id),
    );
  }
  const accounts = snapshot.accounts.map((account) =>
    withinScope(
      plannedAccount(account, memberRoleArn(params.partition, account.id, params.memberRoleName)),
      params.scope,
      account,
      tags,
    ),
  );
  return {
    organizationId: snapshot.organizationId,
    managementAccountId: snapshot.managementAccountId,
    organizationAccounts: snapshot.accounts,
    accounts,
  };
}

export interface OrganizationContextParams {
  readonly managementAccountId: string;
  readonly partition: string;
  readonly memberRoleName: string;
  /** ExternalId of the member role (the management account is entered like any member). */
  readonly externalId: string | null;
  readonly scanId: string;
  readonly checks: readonly CheckDefinition[];
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * What org-aware checks need from the management account (organization trail, aggregators…), collected
 * once per scan; null when no selected check needs it, `{ error }` when it could not be read (members are
 * then judged alone).
 */
export async function collectOrganizationContext(
  aws: AwsAccess,
  params: OrganizationContextParams,
): Promise<ManagementContext | null> {
  const slices = [...new Set(params.checks.flatMap((check) => check.orgRequires ?? []))];
  if (slices.length === 0) return null;
  return collectManagementContext(aws, {
    managementAccountId: params.managementAccountId,
    roleArn: memberRoleArn(params.partition, params.managementAccountId, params.memberRoleName),
    externalId: params.externalId,
    scanId: params.scanId,
    partition: params.partition,
    slices,
    sleep: params.sleep,
  });
}

export interface OrganizationScanPlan extends ScanAccounts {
  readonly orgContext: ManagementContext | null;
}

/** Both steps at once, for a scan that runs in this process (the command line). */
export async function planOrganizationScan(
  aws: AwsAccess,
  params: ScanAccountsParams & Pick<OrganizationContextParams, 'externalId' | 'scanId' | 'checks' | 'sleep'>,
): Promise<OrganizationScanPlan> {
  const accounts = await enumerateScanAccounts(aws, params);
  const orgContext = await collectOrganizationContext(aws, {
    ...params,
    managementAccountId: accounts.managementAccountId,
  });
  return { ...accounts, orgContext };
}
