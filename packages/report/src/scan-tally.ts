import {
  frameworks as allFrameworks,
  type FindingStatus,
  type Framework,
  notScannedAccountCells,
  REGION_DENIED_BY_POLICY_CHECK_ID,
  SEVERITIES,
  type Severity,
  scanCells,
} from '@orgscan/checks';
import {
  buildComplianceReport,
  type ComplianceAccountOutcome,
  type ComplianceCheckTally,
  type ComplianceReport,
} from './compliance-report.js';
import { compareSections, sectionOf } from './report-sections.js';
import {
  ACCOUNT_STATUSES,
  type ResultAccount,
  type ResultFinding,
  type ScanCoverage,
  type ScanTotals,
} from './scan-result.js';

export type SeverityCounts = Record<Severity, number>;

const zeroSeverities = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, informational: 0 });
const zeroStatuses = (): Record<FindingStatus, number> => ({
  PASS: 0,
  FAIL: 0,
  ERROR: 0,
  SKIPPED: 0,
  MANUAL: 0,
});

interface MutableTally {
  accountId: string;
  checkId: string;
  pass: number;
  fail: number;
  muted: number;
  error: number;
  skipped: number;
  manual: number;
}

export interface CheckFailures {
  readonly checkId: string;
  readonly severity: Severity;
  /** Open (unmuted) FAIL findings. */
  readonly failures: number;
  readonly accounts: number;
}

export interface HeatmapRow {
  readonly accountId: string;
  readonly accountName: string;
  readonly ouPath: string;
  readonly status: ResultAccount['status'];
  /** Open FAIL findings per section (same order as the heatmap's sections). */
  readonly failures: readonly number[];
  /** ERROR findings per section: what could not be read. */
  readonly errors: readonly number[];
}

export interface FrameworkCompliance {
  readonly framework: { readonly id: string; readonly name: string; readonly version: string };
  readonly report: ComplianceReport;
}

/**
 * Everything a report says in numbers, gathered in one pass over the findings (they can be many more than
 * fit in memory at once, so they are counted as they stream by and never kept): totals and coverage, open
 * failures by severity, by OU, per check, per account and section, and per account and check for the
 * compliance of each framework. Muted failures are counted apart and never as open failures.
 */
export class ScanTally {
  private readonly byStatus = zeroStatuses();
  private readonly failedBySeverity = zeroSeverities();
  private muted = 0;
  private findings = 0;
  private readonly byOu = new Map<string, SeverityCounts>();
  private readonly byAccountCheck = new Map<string, MutableTally>();
  private readonly byCheck = new Map<
    string,
    { severity: Severity; failures: number; accounts: Set<string> }
  >();
  private readonly cells = new Map<string, { failures: number; errors: number }>();
  private readonly sections = new Set<string>();
  private readonly checksWithResult = new Set<string>();
  private readonly checksWithError = new Set<string>();

  /**
   * `ouPaths`: each account's OU path (known when the scan is planned, before any finding); the accounts'
   * outcomes are given to the methods that need them, once they are known.
   */
  constructor(
    private readonly checkIds: readonly string[],
    private readonly ouPaths: ReadonlyMap<string, string>,
    /** The scan's region allow-list (null: every enabled region), for the cells of accounts not scanned. */
    private readonly regionAllowList: readonly string[] | null,
  ) {
    for (const checkId of checkIds) this.sections.add(sectionOf(checkId));
  }

  add(finding: ResultFinding): void {
    this.findings += 1;
    this.byStatus[finding.status] += 1;
    const openFailure = finding.status === 'FAIL' && !finding.muted;
    if (finding.status === 'FAIL' && finding.muted) this.muted += 1;
    // A region denied by policy is a fact about the scan's reach, not a check that was evaluated.
    if (finding.checkId !== REGION_DENIED_BY_POLICY_CHECK_ID) {
      (finding.status === 'ERROR' ? this.checksWithError : this.checksWithResult).add(finding.checkId);
    }

    const key = `${finding.accountId}\u0000${finding.checkId}`;
    let tally = this.byAccountCheck.get(key);
    if (!tally) {
      tally = {
        accountId: finding.accountId,
        checkId: finding.checkId,
        pass: 0,
        fail: 0,
        muted: 0,
        error: 0,
        skipped: 0,
        manual: 0,
      };
      this.byAccountCheck.set(key, tally);
    }
    if (finding.status === 'PASS') tally.pass += 1;
    else if (finding.status === 'FAIL') {
      if (finding.muted) tally.muted += 1;
      else tally.fail += 1;
    } else if (finding.status === 'ERROR') tally.error += 1;
    else if (finding.status === 'SKIPPED') tally.skipped += 1;
    else tally.manual += 1;

    const section = sectionOf(finding.checkId);
    this.sections.add(section);
    const cellKey = `${finding.accountId}\u0000${section}`;
    if (openFailure || finding.status === 'ERROR') {
      const cell = this.cells.get(cellKey) ?? { failures: 0, errors: 0 };
      if (openFailure) cell.failures += 1;
      else cell.errors += 1;
      this.cells.set(cellKey, cell);
    }
    if (!openFailure) return;

    this.failedBySeverity[finding.severity] += 1;
    const ouPath = this.ouPaths.get(finding.accountId) || 'Root';
    const ou = this.byOu.get(ouPath) ?? zeroSeverities();
    ou[finding.severity] += 1;
    this.byOu.set(ouPath, ou);
    const check = this.byCheck.get(finding.checkId) ?? {
      severity: finding.severity,
      failures: 0,
      accounts: new Set(),
    };
    check.failures += 1;
    check.accounts.add(finding.accountId);
    this.byCheck.set(finding.checkId, check);
  }

  totals(): ScanTotals {
    return {
      findings: this.findings,
      byStatus: { ...this.byStatus },
      failedBySeverity: { ...this.failedBySeverity },
      muted: this.muted,
    };
  }

  coverage(accounts: readonly ResultAccount[]): ScanCoverage {
    const byStatus = Object.fromEntries(
      ['total', ...ACCOUNT_STATUSES].map((status) => [status, 0]),
    ) as ScanCoverage['accounts'];
    const counts = byStatus as Record<string, number>;
    const regions = new Set<string>();
    for (const account of accounts) {
      counts.total = (counts.total ?? 0) + 1;
      counts[account.status] = (counts[account.status] ?? 0) + 1;
      for (const region of account.regionsScanned) regions.add(region);
    }
    const regionsScanned = [...regions].sort();
    return {
      accounts: byStatus,
      regionsScanned,
      checksSelected: this.checkIds.length,
      checksEvaluated: this.checksWithResult.size,
      checksWithErrors: this.checksWithError.size,
      cells: this.cellCoverage(accounts, regionsScanned),
    };
  }

  /** The same sum the service makes at finalize (scanCells), over the accounts' outcomes. */
  private cellCoverage(accounts: readonly ResultAccount[], regionsScanned: readonly string[]) {
    const sums = { judged: 0, total: 0, notScanned: 0, unrecorded: 0 };
    for (const account of accounts) {
      if (account.status === 'succeeded') {
        if (!account.cells) sums.unrecorded += 1;
        else {
          sums.judged += account.cells.judged;
          sums.total += account.cells.total;
        }
      } else if (account.status === 'failed' || account.status === 'cancelled') {
        sums.notScanned += 1;
      }
    }
    return scanCells(sums, notScannedAccountCells(this.checkIds, regionsScanned, this.regionAllowList));
  }

  /** Open failures per OU path, most failures first. */
  failuresByOu(): Array<{ ouPath: string; failures: SeverityCounts; total: number }> {
    return [...this.byOu.entries()]
      .map(([ouPath, failures]) => ({
        ouPath,
        failures: { ...failures },
        total: SEVERITIES.reduce((sum, severity) => sum + failures[severity], 0),
      }))
      .sort((a, b) => b.total - a.total || a.ouPath.localeCompare(b.ouPath));
  }

  /** Checks with open failures, worst first (severity, then failures). */
  failingChecks(): CheckFailures[] {
    return [...this.byCheck.entries()]
      .map(([checkId, check]) => ({
        checkId,
        severity: check.severity,
        failures: check.failures,
        accounts: check.accounts.size,
      }))
      .sort(
        (a, b) =>
          SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
          b.failures - a.failures ||
          a.checkId.localeCompare(b.checkId),
      );
  }

  /** Accounts × sections: open failures and errors per cell; accounts with the most failures first. */
  heatmap(accounts: readonly ResultAccount[]): { sections: string[]; rows: HeatmapRow[] } {
    const sections = [...this.sections].sort(compareSections);
    const rows = accounts
      .filter((account) => account.status !== 'skipped')
      .map((account) => {
        const cell = (section: string) => this.cells.get(`${account.accountId}\u0000${section}`);
        return {
          accountId: account.accountId,
          accountName: account.accountName,
          ouPath: account.ouPath,
          status: account.status,
          failures: sections.map((section) => cell(section)?.failures ?? 0),
          errors: sections.map((section) => cell(section)?.errors ?? 0),
        };
      });
    const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
    rows.sort((a, b) => sum(b.failures) - sum(a.failures) || a.accountId.localeCompare(b.accountId));
    return { sections, rows };
  }

  /** Each framework's requirements per account, as the service's compliance routes judge them for a scan. */
  compliance(
    accounts: readonly ResultAccount[],
    frameworks: readonly Framework[] = allFrameworks,
  ): FrameworkCompliance[] {
    const accountChecks: ComplianceCheckTally[] = [...this.byAccountCheck.values()];
    const outcomeOf = (status: ResultAccount['status']): ComplianceAccountOutcome =>
      status === 'succeeded' ? 'evaluated' : status === 'failed' ? 'unreachable' : 'not-evaluated';
    const included = accounts
      .filter((account) => account.status !== 'skipped')
      .map((account) => ({
        account: { accountId: account.accountId, name: account.accountName, ouPath: account.ouPath },
        outcome: outcomeOf(account.status),
      }));
    return frameworks.map((framework) => ({
      framework: { id: framework.id, name: framework.name, version: framework.version },
      report: buildComplianceReport({ framework, accountChecks, accounts: included }),
    }));
  }
}
