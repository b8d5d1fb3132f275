import type { Finding, ScanCellSums } from '@orgscan/checks';
import type {
  AccountOutcome,
  AccountReasonCategory,
  AccountScanStatus,
  OrganizationRecord,
  PostureOutcome,
  ScanCoverage,
  ScanRecord,
  ScanStatus,
  ScanTotals,
  Store,
} from '@orgscan/core';

/** What the fake store knows about one account of a scan. */
export interface FakeScanAccount {
  status: AccountScanStatus;
  reason: { category: AccountReasonCategory; detail: string } | null;
  outcome: AccountOutcome | null;
  regionsScanned: readonly string[];
}

/** One write the processors made: where (outside any transaction, or inside transaction n) and what. */
export interface RecordedWrite {
  readonly scope: 'store' | `transaction ${number}`;
  readonly op: string;
  readonly args: readonly unknown[];
}

export type FakeStoreOp =
  | 'findings.replaceForAccount'
  | 'scanAccounts.markSucceeded'
  | 'scanAccounts.markFailed'
  | 'scans.finish'
  | 'lifecycle.applyScan';

const NOT_FINAL_FOR_RUNNING = new Set<AccountScanStatus>(['pending', 'running', 'succeeded', 'failed']);

/**
 * The scans part of the store in memory, with the semantics of the SQL it stands for (a cancelled account
 * is never marked running or failed; finalize fails only pending and running accounts) and the same
 * transaction contract: writes made inside `transaction` become visible only if the work resolves. Every
 * write is recorded with its scope, and any write can be made to fail.
 */
export class FakeScanStore {
  readonly scans = new Map<string, ScanRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly accounts = new Map<string, FakeScanAccount>();
  readonly findings = new Map<string, readonly Finding[]>();
  readonly writes: RecordedWrite[] = [];
  /** Scans folded into the posture, in order. */
  readonly applied: string[] = [];
  /** Writes that throw this error instead of writing. */
  readonly failing = new Map<FakeStoreOp, Error>();
  private transactions = 0;

  addScan(scan: Partial<ScanRecord> & Pick<ScanRecord, 'id' | 'organizationId' | 'checkIds'>): void {
    this.scans.set(scan.id, {
      status: 'pending',
      trigger: 'api',
      regions: null,
      accountCount: 0,
      createdAt: new Date(0),
      startedAt: null,
      finishedAt: null,
      totals: null,
      coverage: null,
      orgContext: null,
      round: 0,
      plannedAt: new Date(0),
      failureReason: null,
      ...scan,
    });
  }

  addOrganization(id: string, externalId: string | null, managementAccountId: string | null): void {
    this.organizations.set(id, {
      id,
      name: id,
      awsOrganizationId: null,
      managementAccountId,
      managementRoleArn: null,
      memberRoleName: 'OrgScanReadOnly',
      externalId,
      managementExternalId: null,
      scope: {} as OrganizationRecord['scope'],
      createdAt: new Date(0),
      updatedAt: new Date(0),
    });
  }

  addAccount(scanId: string, accountId: string, status: AccountScanStatus = 'pending'): void {
    this.accounts.set(`${scanId}/${accountId}`, { status, reason: null, outcome: null, regionsScanned: [] });
  }

  account(scanId: string, accountId: string): FakeScanAccount | undefined {
    return this.accounts.get(`${scanId}/${accountId}`);
  }

  /** The store as the processors see it. */
  asStore(): Store {
    return {
      ...this.repositories('store', (apply) => apply()),
      transaction: async <T>(work: (repositories: never) => Promise<T>) => {
        this.transactions += 1;
        const pending: Array<() => void> = [];
        const result = await work(
          this.repositories(`transaction ${this.transactions}`, (apply) => pending.push(apply)) as never,
        );
        for (const apply of pending) apply();
        return result;
      },
    } as unknown as Store;
  }

  private write(scope: RecordedWrite['scope'], op: FakeStoreOp, args: unknown[]): void {
    this.writes.push({ scope, op, args });
    const error = this.failing.get(op);
    if (error) throw error;
  }

  private repositories(scope: RecordedWrite['scope'], commit: (apply: () => void) => void) {
    const accountOf = (scanId: string, accountId: string) => {
      const account = this.account(scanId, accountId);
      if (!account) throw new Error(`no account ${accountId} in scan ${scanId}`);
      return account;
    };
    const scans = {
      get: async (id: string) => this.scans.get(id) ?? null,
      markRunning: async (id: string, at: Date) => {
        const scan = this.scans.get(id);
        if (scan && scan.status === 'pending')
          this.scans.set(id, { ...scan, status: 'running', startedAt: at });
      },
      finish: async (
        id: string,
        status: ScanStatus,
        totals: ScanTotals,
        coverage: ScanCoverage,
        at: Date,
      ) => {
        this.write(scope, 'scans.finish', [id, status, totals, coverage, at]);
        const scan = this.scans.get(id) as ScanRecord;
        commit(() => this.scans.set(id, { ...scan, status, totals, coverage, finishedAt: at }));
      },
    };
    const scanAccounts = {
      markRunning: async (scanId: string, accountId: string) => {
        const account = accountOf(scanId, accountId);
        if (!NOT_FINAL_FOR_RUNNING.has(account.status)) return false;
        account.status = 'running';
        return true;
      },
      markSucceeded: async (scanId: string, accountId: string, outcome: AccountOutcome, at: Date) => {
        this.write(scope, 'scanAccounts.markSucceeded', [scanId, accountId, outcome, at]);
        commit(() => {
          Object.assign(accountOf(scanId, accountId), {
            status: 'succeeded',
            reason: null,
            outcome,
            regionsScanned: outcome.regionsScanned,
          });
        });
      },
      markFailed: async (
        scanId: string,
        accountId: string,
        reason: { category: AccountReasonCategory; detail: string },
        calls: { apiCalls: number; throttles: number },
        at: Date,
      ) => {
        this.write(scope, 'scanAccounts.markFailed', [scanId, accountId, reason, calls, at]);
        commit(() => {
          const account = accountOf(scanId, accountId);
          if (account.status !== 'cancelled') Object.assign(account, { status: 'failed', reason });
        });
      },
      failUnfinished: async (scanId: string, reason: { category: AccountReasonCategory; detail: string }) => {
        for (const [key, account] of this.accounts) {
          if (
            key.startsWith(`${scanId}/`) &&
            (account.status === 'pending' || account.status === 'running')
          ) {
            Object.assign(account, { status: 'failed', reason });
          }
        }
      },
      countByStatus: async (scanId: string) => {
        const counts: Record<AccountScanStatus, number> = {
          pending: 0,
          running: 0,
          succeeded: 0,
          failed: 0,
          skipped: 0,
          cancelled: 0,
        };
        for (const [key, account] of this.accounts)
          if (key.startsWith(`${scanId}/`)) counts[account.status] += 1;
        return counts;
      },
      cellSums: async (scanId: string): Promise<ScanCellSums> => {
        const sums = { judged: 0, total: 0, notScanned: 0, unrecorded: 0 };
        for (const [key, account] of this.accounts) {
          if (!key.startsWith(`${scanId}/`)) continue;
          if (account.status === 'failed' || account.status === 'cancelled') sums.notScanned += 1;
          if (account.status !== 'succeeded') continue;
          if (!account.outcome) sums.unrecorded += 1;
          sums.judged += account.outcome?.cells.judged ?? 0;
          sums.total += account.outcome?.cells.total ?? 0;
        }
        return sums;
      },
      regionsScanned: async (scanId: string) =>
        [
          ...new Set(
            [...this.accounts]
              .filter(([key]) => key.startsWith(`${scanId}/`))
              .flatMap(([, account]) => account.regionsScanned),
          ),
        ].sort(),
    };
    const findingsOf = (scanId: string) =>
      [...this.findings].filter(([key]) => key.startsWith(`${scanId}/`)).flatMap(([, list]) => list);
    const findings = {
      replaceForAccount: async (
        scanId: string,
        organizationId: string,
        accountId: string,
        list: readonly Finding[],
      ) => {
        this.write(scope, 'findings.replaceForAccount', [scanId, organizationId, accountId, list]);
        commit(() => this.findings.set(`${scanId}/${accountId}`, list));
      },
      totals: async (scanId: string): Promise<ScanTotals> => {
        const list = findingsOf(scanId);
        const byStatus = { PASS: 0, FAIL: 0, ERROR: 0, SKIPPED: 0, MANUAL: 0 };
        const failedBySeverity = { critical: 0, high: 0, medium: 0, low: 0, informational: 0 };
        for (const finding of list) {
          byStatus[finding.status] += 1;
          if (finding.status === 'FAIL') failedBySeverity[finding.severity] += 1;
        }
        return { findings: list.length, byStatus, failedBySeverity };
      },
      checkCoverage: async (scanId: string) => {
        const list = findingsOf(scanId);
        return {
          evaluated: new Set(list.filter((f) => f.status !== 'ERROR').map((f) => f.checkId)).size,
          withErrors: new Set(list.filter((f) => f.status === 'ERROR').map((f) => f.checkId)).size,
        };
      },
    };
    const lifecycle = {
      applyScan: async (scanId: string): Promise<PostureOutcome> => {
        this.write(scope, 'lifecycle.applyScan', [scanId]);
        if (this.applied.includes(scanId)) return { applied: false, reason: 'already-applied' };
        commit(() => this.applied.push(scanId));
        return {
          applied: true,
          changes: { new: 0, resolved: 0, regressed: 0, reopened: 0, unchanged: 0 },
          stepsMs: {},
        } as PostureOutcome;
      },
    };
    return {
      scans,
      scanAccounts,
      findings,
      lifecycle,
      organizations: { get: async (id: string) => this.organizations.get(id) ?? null },
      accounts: {
        get: async (organizationId: string, accountId: string) => ({
          organizationId,
          accountId,
          name: `account ${accountId}`,
          email: null,
          state: 'ACTIVE',
          ouIds: [],
          ouPath: 'Root',
        }),
      },
    };
  }
}
