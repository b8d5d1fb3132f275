import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type AttemptEvent, AwsCallError, CallStats, discoverRegions, openOwnAccount } from '@orgscan/aws';
import type { CheckDefinition, Finding } from '@orgscan/checks';
import {
  type ResultAccount,
  type ResultFinding,
  type ResultScan,
  SCAN_RESULT_SCHEMA_ID,
  type ScanResultHead,
  ScanTally,
} from '@orgscan/report';
import {
  type AccountScanEvent,
  type AccountScope,
  type AccountToScan,
  evaluateMemberAccount,
  findingFingerprint,
  type MemberAccountOutcome,
  planOrganizationScan,
  scanAccounts,
} from '@orgscan/scanner';
import { ScanFailedError } from '../exit-codes.js';
import { MuteMatcher } from '../mutes/mute-matcher.js';
import type { Mute } from '../mutes/mutes-file.js';
import { type AwsEnvironmentSettings, createAwsEnvironment } from './aws-environment.js';
import { FindingsSpill } from './findings-spill.js';

export interface ScanSettings {
  /** A whole organization through Organizations, or the credentials' own account alone. */
  readonly mode: 'organization' | 'single-account';
  readonly aws: AwsEnvironmentSettings;
  /** What the reports call the organization. */
  readonly organizationName: string | null;
  readonly partition: string;
  /** Role in the management (or delegated-admin) account to read Organizations; null: own credentials. */
  readonly management: { readonly roleArn: string | null; readonly externalId: string | null };
  readonly memberRoleName: string;
  /** ExternalId of the member role. */
  readonly externalId: string | null;
  readonly scope: AccountScope;
  /** Region allow-list; null: every enabled region. */
  readonly regions: readonly string[] | null;
  readonly checks: readonly CheckDefinition[];
  /** Accounts scanned at once. */
  readonly concurrency: number;
  readonly attempts: number;
  readonly mutes: readonly Mute[];
  readonly version: string;
}

/** What the scan tells its progress display while it runs. */
export interface ScanObserver {
  planned(summary: {
    readonly organization: string;
    readonly toScan: number;
    readonly skipped: number;
  }): void;
  accountStarted(): void;
  /** `started`: the account had started (a cancelled one may not have). */
  accountEnded(account: ResultAccount, started: boolean): void;
  attempt(event: AttemptEvent): void;
}

export interface ScanSignals {
  /** Start no more accounts (first Ctrl-C). */
  readonly stop: AbortSignal;
  /** Do not wait for running accounts either (second Ctrl-C). */
  readonly abandon: AbortSignal;
}

export interface FinishedScan {
  readonly head: ScanResultHead;
  readonly tally: ScanTally;
  readonly spill: FindingsSpill;
  readonly muteMatcher: MuteMatcher;
  /** Stopped before every account was scanned. */
  readonly interrupted: boolean;
}

function awsFailure(error: AwsCallError, what: string): ScanFailedError {
  return new ScanFailedError(`${what}: ${error.operation} failed with ${error.code}: ${error.message}`);
}

/**
 * The whole scan in this process: plan (enumerate the organization, scope, org context), then each account
 * through the scanner — the steps the service's workers take — with findings muted, counted and spilled to
 * disk as each account ends. Stopping keeps what finished; the accounts not scanned are reported cancelled.
 */
export async function runScan(
  settings: ScanSettings,
  observer: ScanObserver,
  signals: ScanSignals,
): Promise<FinishedScan> {
  const scanId = randomUUID();
  const startedAt = new Date();
  const { aws, options } = createAwsEnvironment(settings.aws, (event) => observer.attempt(event));
  const muteMatcher = new MuteMatcher(settings.mutes, startedAt);
  const checkIds = settings.checks.map((check) => check.id);
  const spill = await FindingsSpill.create();
  try {
    const base = {
      scanId,
      startedAt,
      checkIds,
      settings,
      spill,
      muteMatcher,
      observer,
      signals,
    };
    return settings.mode === 'single-account'
      ? await scanOwnAccount(base, options)
      : await scanOrganization(base, aws);
  } catch (error) {
    await spill.remove();
    throw error;
  }
}

interface ScanContext {
  readonly scanId: string;
  readonly startedAt: Date;
  readonly checkIds: readonly string[];
  readonly settings: ScanSettings;
  readonly spill: FindingsSpill;
  readonly muteMatcher: MuteMatcher;
  readonly observer: ScanObserver;
  readonly signals: ScanSignals;
}

/** The scan's findings, fingerprinted and muted, into the tally and the spill; the account's own counts. */
async function record(
  context: ScanContext,
  tally: ScanTally,
  organizationId: string,
  account: { readonly accountId: string; readonly ouIds: readonly string[] },
  findings: readonly Finding[],
): Promise<{ findings: number; errors: number }> {
  const results: ResultFinding[] = findings.map((finding) => {
    const mute =
      finding.status === 'FAIL'
        ? context.muteMatcher.match({
            accountId: finding.accountId,
            ouIds: account.ouIds,
            region: finding.region,
            checkId: finding.checkId,
            resourceId: finding.resourceId,
          })
        : null;
    return {
      fingerprint: findingFingerprint({ organizationId, ...finding }),
      accountId: finding.accountId,
      region: finding.region,
      checkId: finding.checkId,
      severity: finding.severity,
      status: finding.status,
      resourceType: finding.resourceType,
      resourceId: finding.resourceId,
      message: finding.message,
      errorCode: finding.errorCode,
      evidence: finding.evidence as Record<string, unknown> | null,
      muted: mute !== null,
      muteId: mute?.id ?? null,
    };
  });
  for (const result of results) tally.add(result);
  await context.spill.append(results);
  return { findings: results.length, errors: results.filter((result) => result.status === 'ERROR').length };
}

function emptyAccount(
  account: Omit<
    ResultAccount,
    | 'regionsScanned'
    | 'regionsNotEnabled'
    | 'regionsDeniedByPolicy'
    | 'checksEvaluated'
    | 'findings'
    | 'errors'
    | 'apiCalls'
    | 'throttles'
    | 'durationMs'
  >,
): ResultAccount {
  return {
    ...account,
    regionsScanned: [],
    regionsNotEnabled: [],
    regionsDeniedByPolicy: [],
    checksEvaluated: 0,
    findings: 0,
    errors: 0,
    apiCalls: 0,
    throttles: 0,
    durationMs: null,
    cells: null,
  };
}

function cancelled(account: AccountToScan | ResultAccount, started: boolean): ResultAccount {
  return emptyAccount({
    accountId: account.accountId,
    accountName: account.accountName,
    ouPath: account.ouPath,
    ouIds: [...account.ouIds],
    status: 'cancelled',
    reason: {
      category: 'cancelled',
      detail: started
        ? 'the scan was interrupted while this account was being scanned; nothing of it is reported'
        : 'the scan was interrupted before this account was scanned',
    },
  });
}

function outcomeAccount(
  account: AccountToScan,
  outcome: MemberAccountOutcome,
  counts: { findings: number; errors: number },
  durationMs: number,
): ResultAccount {
  const base = {
    accountId: account.accountId,
    accountName: account.accountName,
    ouPath: account.ouPath,
    ouIds: [...account.ouIds],
    apiCalls: outcome.stats.calls,
    throttles: outcome.stats.throttles,
    durationMs,
  };
  if (outcome.status === 'failed') {
    return {
      ...base,
      status: 'failed',
      reason: { category: outcome.failure.category, detail: outcome.failure.detail },
      regionsScanned: [],
      regionsNotEnabled: [],
      regionsDeniedByPolicy: [],
      checksEvaluated: 0,
      findings: 0,
      errors: 0,
      cells: null,
    };
  }
  return {
    ...base,
    status: 'succeeded',
    reason: null,
    regionsScanned: [...outcome.regionsScanned],
    regionsNotEnabled: [...outcome.regionsNotEnabled],
    regionsDeniedByPolicy: outcome.regionsDeniedByPolicy.map((denial) => ({ ...denial })),
    checksEvaluated: outcome.checksEvaluated,
    findings: counts.findings,
    errors: counts.errors,
    cells: outcome.cells,
  };
}

/**
 * As the service decides it (apps/worker finalize-scan.ts): cancelled: stopped; failed: every account to
 * scan failed; partial: some failed; incomplete: none failed, but some check × region cells could not be
 * judged (ERROR); completed: every cell judged.
 */
function scanStatus(
  accounts: readonly ResultAccount[],
  cells: ResultScan['coverage']['cells'],
  interrupted: boolean,
): ResultScan['status'] {
  if (interrupted) return 'cancelled';
  const scanned = accounts.filter((account) => account.status === 'succeeded' || account.status === 'failed');
  const failed = scanned.filter((account) => account.status === 'failed').length;
  if (failed > 0) return failed === scanned.length ? 'failed' : 'partial';
  return cells && cells.judged < cells.total ? 'incomplete' : 'completed';
}

function finish(
  context: ScanContext,
  tally: ScanTally,
  organization: ResultScan['organization'],
  accounts: ResultAccount[],
): FinishedScan {
  const interrupted = accounts.some((account) => account.status === 'cancelled');
  const coverage = tally.coverage(accounts);
  const head: ScanResultHead = {
    schema: SCAN_RESULT_SCHEMA_ID,
    tool: { name: 'orgscan', version: context.settings.version },
    scan: {
      id: context.scanId,
      organization,
      status: scanStatus(accounts, coverage.cells, interrupted),
      incomplete: interrupted,
      startedAt: context.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      checkIds: [...context.checkIds],
      regions: context.settings.regions ? [...context.settings.regions] : null,
      totals: tally.totals(),
      coverage,
    },
    accounts,
  };
  return { head, tally, spill: context.spill, muteMatcher: context.muteMatcher, interrupted };
}

async function scanOrganization(
  context: ScanContext,
  aws: ReturnType<typeof createAwsEnvironment>['aws'],
): Promise<FinishedScan> {
  const { settings, observer } = context;
  let plan: Awaited<ReturnType<typeof planOrganizationScan>>;
  try {
    plan = await planOrganizationScan(aws, {
      management: settings.management,
      partition: settings.partition,
      memberRoleName: settings.memberRoleName,
      scope: settings.scope,
      externalId: settings.externalId,
      scanId: context.scanId,
      checks: settings.checks,
      sleep: (ms) => sleep(ms),
    });
  } catch (error) {
    if (error instanceof AwsCallError) throw awsFailure(error, 'AWS Organizations could not be read');
    throw error;
  }
  const emails = new Map(plan.organizationAccounts.map((account) => [account.id, account.email]));
  const pending: AccountToScan[] = plan.accounts
    .filter((account) => account.status === 'pending')
    .map((account) => ({ ...account, email: emails.get(account.accountId) ?? null }));
  observer.planned({
    organization: plan.organizationId,
    toScan: pending.length,
    skipped: plan.accounts.length - pending.length,
  });
  const organization = {
    id: plan.organizationId,
    name: settings.organizationName ?? plan.organizationId,
    awsOrganizationId: plan.organizationId,
    managementAccountId: plan.managementAccountId,
  };
  const tally = new ScanTally(
    context.checkIds,
    new Map(plan.accounts.map((account) => [account.accountId, account.ouPath])),
    context.settings.regions ?? null,
  );
  const ended = new Map<string, ResultAccount>();
  const onEvent = async (event: AccountScanEvent) => {
    if (event.type === 'started') {
      observer.accountStarted();
      return;
    }
    let account: ResultAccount;
    if (event.type === 'cancelled') account = cancelled(event.account, event.started);
    else {
      const counts =
        event.outcome.status === 'succeeded'
          ? await record(context, tally, organization.id, event.account, event.outcome.findings)
          : { findings: 0, errors: 0 };
      account = outcomeAccount(
        event.account,
        event.outcome,
        counts,
        event.finishedAt.getTime() - event.startedAt.getTime(),
      );
    }
    ended.set(account.accountId, account);
    observer.accountEnded(account, event.type === 'finished' || event.started);
  };
  await scanAccounts(
    aws,
    pending,
    {
      scanId: context.scanId,
      organizationId: plan.organizationId,
      managementAccountId: plan.managementAccountId,
      orgContext: plan.orgContext,
      checks: settings.checks,
      regionAllowList: settings.regions,
      externalId: settings.externalId,
      partition: settings.partition,
      homeRegion: settings.aws.homeRegion,
      concurrency: settings.concurrency,
      attempts: settings.attempts,
      retryBaseDelayMs: 2_000,
      now: () => new Date(),
      sleep: (ms) => sleep(ms),
      stop: context.signals.stop,
      abandon: context.signals.abandon,
    },
    onEvent,
  );
  await context.spill.close();
  const accounts = plan.accounts.map(
    (account): ResultAccount =>
      ended.get(account.accountId) ??
      emptyAccount({
        accountId: account.accountId,
        accountName: account.accountName,
        ouPath: account.ouPath,
        ouIds: [...account.ouIds],
        status: 'skipped',
        reason: account.reasonCategory
          ? { category: account.reasonCategory, detail: account.reasonDetail ?? '' }
          : null,
      }),
  );
  return finish(context, tally, organization, accounts);
}

/** --single-account: the credentials' own account, without Organizations and without assuming a role. */
async function scanOwnAccount(
  context: ScanContext,
  options: ReturnType<typeof createAwsEnvironment>['options'],
): Promise<FinishedScan> {
  const { settings, observer } = context;
  const stats = new CallStats();
  let session: Awaited<ReturnType<typeof openOwnAccount>>;
  try {
    session = await openOwnAccount(options, stats);
  } catch (error) {
    if (error instanceof AwsCallError) throw awsFailure(error, 'The AWS credentials could not be used');
    throw error;
  }
  const accountId = session.accountId;
  const organization = {
    id: accountId,
    name: settings.organizationName ?? `account ${accountId}`,
    awsOrganizationId: null,
    managementAccountId: null,
  };
  const planned: AccountToScan = {
    accountId,
    accountName: accountId,
    email: null,
    ouPath: '',
    ouIds: [],
    roleArn: '',
    status: 'pending',
    reasonCategory: null,
    reasonDetail: null,
  };
  observer.planned({ organization: `account ${accountId}`, toScan: 1, skipped: 0 });
  const tally = new ScanTally(context.checkIds, new Map([[accountId, '']]), context.settings.regions ?? null);
  observer.accountStarted();
  const started = Date.now();
  const abandoned = new Promise<'abandoned'>((resolve) => {
    if (context.signals.abandon.aborted) resolve('abandoned');
    context.signals.abandon.addEventListener('abort', () => resolve('abandoned'), { once: true });
  });
  const scanned = (async (): Promise<MemberAccountOutcome> => {
    try {
      const regions = await discoverRegions(session.api, settings.aws.homeRegion);
      const evaluation = await evaluateMemberAccount({
        session,
        accountId,
        accountName: accountId,
        accountEmail: null,
        organizationId: accountId,
        managementAccountId: null,
        orgContext: null,
        regions,
        regionAllowList: settings.regions,
        checks: settings.checks,
        partition: settings.partition,
        homeRegion: settings.aws.homeRegion,
        now: () => new Date(),
        sleep: (ms) => sleep(ms),
      });
      return {
        status: 'succeeded',
        ...evaluation,
        regionsNotEnabled: regions.notEnabled,
        stats,
        attempts: 1,
      };
    } catch (error) {
      if (!(error instanceof AwsCallError)) throw error;
      return {
        status: 'failed',
        failure: {
          category: 'region-discovery-failed',
          detail: `${error.operation} failed with ${error.code}: ${error.message}`,
          error,
          retryable: error.kind !== 'access-denied',
        },
        stats,
        attempts: 1,
      };
    } finally {
      session.close();
    }
  })();
  const outcome = await Promise.race([scanned, abandoned]);
  let account: ResultAccount;
  if (outcome === 'abandoned') {
    scanned.catch(() => {});
    account = cancelled(planned, true);
  } else {
    const counts =
      outcome.status === 'succeeded'
        ? await record(context, tally, organization.id, planned, outcome.findings)
        : { findings: 0, errors: 0 };
    account = outcomeAccount(planned, outcome, counts, Date.now() - started);
  }
  observer.accountEnded(account, true);
  await context.spill.close();
  return finish(context, tally, organization, [account]);
}
