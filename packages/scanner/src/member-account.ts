import {
  type AwsAccess,
  AwsCallError,
  CallStats,
  collectInventory,
  discoverRegions,
  type ManagementContext,
  type MemberAccountSession,
  type RegionDiscovery,
} from '@orgscan/aws';
import {
  accountCellCoverage,
  type CellCoverage,
  type CheckDefinition,
  type Finding,
  type RegionDenial,
  runChecks,
} from '@orgscan/checks';

/**
 * Why a member account could not be scanned, as a category a team can act on:
 * - assume-role-denied: the member role is missing, does not trust the scanner, or the ExternalId differs
 * - assume-role-failed: STS could not be reached or kept throttling
 * - region-discovery-failed: the enabled regions could not be read, so nothing regional could be scanned
 */
export type AccountFailureCategory = 'assume-role-denied' | 'assume-role-failed' | 'region-discovery-failed';

export interface AccountFailure {
  readonly category: AccountFailureCategory;
  /** `<operation> failed with <code>: <message>`. */
  readonly detail: string;
  readonly error: AwsCallError;
  /** Another attempt may succeed (STS unreachable, throttled out); a denial will not. */
  readonly retryable: boolean;
}

export interface MemberAccountTarget {
  readonly accountId: string;
  readonly roleArn: string;
  /** ExternalId of the member role's trust policy. */
  readonly externalId: string | null;
  readonly scanId: string;
}

export type EnteredAccount =
  | { readonly ok: true; readonly session: MemberAccountSession; readonly regions: RegionDiscovery }
  | { readonly ok: false; readonly failure: AccountFailure };

function failure(category: AccountFailureCategory, error: AwsCallError): AccountFailure {
  return {
    category,
    detail: `${error.operation} failed with ${error.code}: ${error.message}`,
    error,
    retryable: error.kind !== 'access-denied',
  };
}

/**
 * AssumeRole into the member account and discover its enabled regions. An AWS failure is returned,
 * categorised; anything else is thrown. On success the caller closes the session.
 */
export async function enterMemberAccount(
  aws: AwsAccess,
  target: MemberAccountTarget,
  /** Where DescribeRegions is asked (the partition's home region). */
  homeRegion: string,
  stats: CallStats,
): Promise<EnteredAccount> {
  let session: MemberAccountSession;
  try {
    session = await aws.openMemberAccount(target, stats);
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
    return {
      ok: false,
      failure: failure(error.kind === 'access-denied' ? 'assume-role-denied' : 'assume-role-failed', error),
    };
  }
  try {
    return { ok: true, session, regions: await discoverRegions(session.api, homeRegion) };
  } catch (error) {
    session.close();
    if (!(error instanceof AwsCallError)) throw error;
    return { ok: false, failure: failure('region-discovery-failed', error) };
  }
}

export interface AccountEvaluationInput {
  readonly session: MemberAccountSession;
  readonly accountId: string;
  readonly accountName: string | null;
  readonly accountEmail: string | null;
  /** The id orgscan knows the organization by (org context of the checks). */
  readonly organizationId: string;
  readonly managementAccountId: string | null;
  /** The management account's slices for org-aware checks; null when no selected check needs them. */
  readonly orgContext: ManagementContext | null;
  readonly regions: RegionDiscovery;
  /** Region allow-list of the scan; null: every enabled region. */
  readonly regionAllowList: readonly string[] | null;
  readonly checks: readonly CheckDefinition[];
  readonly partition: string;
  readonly homeRegion: string;
  /** The scan time the checks judge ages against (read once the inventory is in). */
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface AccountEvaluation {
  readonly findings: Finding[];
  /** Regions evaluated: enabled, in the allow-list, and not denied by an organization policy. */
  readonly regionsScanned: readonly string[];
  /** Regions of the scan where an organization policy denied every call: recorded, not evaluated. */
  readonly regionsDeniedByPolicy: readonly RegionDenial[];
  readonly checksEvaluated: number;
  /** The account's check × region cells and how many were judged (no ERROR among their findings). */
  readonly cells: CellCoverage;
}

/** Collects only the slices the checks require, in the enabled regions the scan covers, and evaluates. */
export async function evaluateMemberAccount(input: AccountEvaluationInput): Promise<AccountEvaluation> {
  const regionsCovered = input.regionAllowList
    ? input.regions.enabled.filter((region) => input.regionAllowList?.includes(region))
    : [...input.regions.enabled];
  const inventory = await collectInventory({
    api: input.session.api,
    accountId: input.accountId,
    partition: input.partition,
    homeRegion: input.homeRegion,
    regions: regionsCovered,
    slices: input.checks.flatMap((check) => check.requires),
    sleep: input.sleep,
  });
  const findings = runChecks({
    checks: input.checks,
    inventory,
    account: {
      id: input.accountId,
      name: input.accountName,
      email: input.accountEmail,
      partition: input.partition,
      isManagementAccount: input.accountId === input.managementAccountId,
    },
    org: {
      organizationId: input.organizationId,
      managementAccountId: input.managementAccountId,
      management: input.orgContext,
    },
    now: input.now(),
  });
  const regionsDeniedByPolicy = inventory.deniedByPolicy ?? [];
  const regionsScanned = regionsCovered.filter((region) =>
    regionsDeniedByPolicy.every((denial) => denial.region !== region),
  );
  return {
    findings,
    regionsScanned,
    regionsDeniedByPolicy,
    checksEvaluated: input.checks.length,
    cells: accountCellCoverage(input.checks, regionsScanned, findings),
  };
}

export type MemberAccountOutcome = (
  | ({ readonly status: 'succeeded'; readonly regionsNotEnabled: readonly string[] } & AccountEvaluation)
  | { readonly status: 'failed'; readonly failure: AccountFailure }
) & {
  readonly stats: CallStats;
  /** Attempts made (a retryable failure is tried again, like the service's account jobs). */
  readonly attempts: number;
};

export interface ScanMemberAccountInput
  extends Omit<AccountEvaluationInput, 'session' | 'regions'>,
    Omit<MemberAccountTarget, 'accountId'> {
  readonly attempts: number;
  /** Delay before attempt n+1 (the service's jobs back off exponentially). */
  readonly retryDelayMs: (attempt: number) => number;
}

/**
 * One member account, start to end, in this process: enter, evaluate, close. A retryable failure is tried
 * again up to `attempts` times; the last failure is the outcome. Call counts cover every attempt.
 */
export async function scanMemberAccount(
  aws: AwsAccess,
  input: ScanMemberAccountInput,
): Promise<MemberAccountOutcome> {
  const stats = new CallStats();
  for (let attempt = 1; ; attempt += 1) {
    const entered = await enterMemberAccount(aws, input, input.homeRegion, stats);
    if (!entered.ok) {
      if (entered.failure.retryable && attempt < input.attempts) {
        await input.sleep(input.retryDelayMs(attempt));
        continue;
      }
      return { status: 'failed', failure: entered.failure, stats, attempts: attempt };
    }
    try {
      const evaluation = await evaluateMemberAccount({
        ...input,
        session: entered.session,
        regions: entered.regions,
      });
      return {
        status: 'succeeded',
        ...evaluation,
        regionsNotEnabled: entered.regions.notEnabled,
        stats,
        attempts: attempt,
      };
    } finally {
      entered.session.close();
    }
  }
}
