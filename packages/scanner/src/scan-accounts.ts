import { type AwsAccess, type ManagementContext, Semaphore } from '@orgscan/aws';
import type { CheckDefinition } from '@orgscan/checks';
import type { PlannedAccount } from './account-scope.js';
import { type MemberAccountOutcome, scanMemberAccount } from './member-account.js';

export interface AccountScanSettings {
  readonly scanId: string;
  /** The id the checks know the organization by. */
  readonly organizationId: string;
  readonly managementAccountId: string | null;
  readonly orgContext: ManagementContext | null;
  readonly checks: readonly CheckDefinition[];
  readonly regionAllowList: readonly string[] | null;
  /** ExternalId of the member role. */
  readonly externalId: string | null;
  readonly partition: string;
  readonly homeRegion: string;
  /** Accounts scanned at the same time. */
  readonly concurrency: number;
  /** Attempts per account (a retryable failure is tried again, with exponential backoff). */
  readonly attempts: number;
  readonly retryBaseDelayMs: number;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** Aborted: accounts not started yet are not started (reported cancelled); running ones finish. */
  readonly stop: AbortSignal;
  /** Aborted: running accounts are not waited for either (reported cancelled). */
  readonly abandon: AbortSignal;
}

/** An account to scan, with what Organizations says about it. */
export interface AccountToScan extends PlannedAccount {
  readonly email: string | null;
}

export type AccountScanEvent =
  | { readonly type: 'started'; readonly account: AccountToScan }
  | {
      readonly type: 'finished';
      readonly account: AccountToScan;
      readonly outcome: MemberAccountOutcome;
      readonly startedAt: Date;
      readonly finishedAt: Date;
    }
  | { readonly type: 'cancelled'; readonly account: AccountToScan; readonly started: boolean };

/**
 * Scans the pending accounts in this process, `concurrency` at once, each through scanMemberAccount (the
 * same steps as the service's account jobs). Every account ends in exactly one `finished` or `cancelled`
 * event; the next account starts only once the handler of a finished one has returned, so a slow consumer
 * (writing findings to disk) holds the scan back instead of piling results up in memory.
 */
export async function scanAccounts(
  aws: AwsAccess,
  accounts: readonly AccountToScan[],
  settings: AccountScanSettings,
  onEvent: (event: AccountScanEvent) => void | Promise<void>,
): Promise<void> {
  const slots = new Semaphore(settings.concurrency);
  await Promise.all(
    accounts.map((account) =>
      slots.run(async () => {
        if (settings.stop.aborted || settings.abandon.aborted) {
          await onEvent({ type: 'cancelled', account, started: false });
          return;
        }
        await onEvent({ type: 'started', account });
        const startedAt = settings.now();
        const scanned = scanMemberAccount(aws, {
          accountId: account.accountId,
          accountName: account.accountName,
          accountEmail: account.email,
          roleArn: account.roleArn,
          externalId: settings.externalId,
          scanId: settings.scanId,
          organizationId: settings.organizationId,
          managementAccountId: settings.managementAccountId,
          orgContext: settings.orgContext,
          regionAllowList: settings.regionAllowList,
          checks: settings.checks,
          partition: settings.partition,
          homeRegion: settings.homeRegion,
          now: settings.now,
          sleep: settings.sleep,
          attempts: settings.attempts,
          retryDelayMs: (attempt) => settings.retryBaseDelayMs * 2 ** (attempt - 1),
        });
        const outcome = await unlessAbandoned(scanned, settings.abandon);
        if (outcome === 'abandoned') {
          // The account's calls may still be in flight; nothing of it is reported.
          scanned.catch(() => {});
          await onEvent({ type: 'cancelled', account, started: true });
          return;
        }
        await onEvent({ type: 'finished', account, outcome, startedAt, finishedAt: settings.now() });
      }),
    ),
  );
}

/**
 * The scan's outcome, or 'abandoned' as soon as `abandon` is aborted. The listener is removed once the
 * outcome is in: a race against one long-lived promise would keep every account's outcome (its findings)
 * reachable until the scan ends.
 */
function unlessAbandoned<T>(scanned: Promise<T>, abandon: AbortSignal): Promise<T | 'abandoned'> {
  if (abandon.aborted) return Promise.resolve('abandoned');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('abandoned');
    abandon.addEventListener('abort', onAbort, { once: true });
    scanned.then(
      (value) => {
        abandon.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        abandon.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
