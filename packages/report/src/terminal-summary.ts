import { type Framework, findCheck, SEVERITIES, type Severity } from '@orgscan/checks';
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import type { ComplianceStatus } from './compliance-report.js';
import { coveragePercent, coverageText } from './coverage-text.js';
import type { ScanResultHead } from './scan-result-json.js';
import type { ScanTally } from './scan-tally.js';

export interface TerminalSummaryOptions {
  /** ANSI colours (a TTY that does not ask for NO_COLOR). */
  readonly colour: boolean;
  /** Rows of the account and check tables. */
  readonly limit?: number;
  /** Frameworks whose compliance is shown; default: every framework. */
  readonly frameworks?: readonly Framework[];
}

function truncate(text: string, maximum: number): string {
  return text.length <= maximum ? text : `${text.slice(0, maximum - 1)}…`;
}

/**
 * The summary printed when a scan ends: where it stands (status, coverage), open failures by severity,
 * the accounts that need attention (failed ones first, with the reason), the worst failing checks, and the
 * compliance of each framework in one line.
 */
export function terminalSummary(
  head: ScanResultHead,
  tally: ScanTally,
  options: TerminalSummaryOptions,
): string {
  const c = createColors(options.colour);
  const limit = options.limit ?? 10;
  const { scan } = head;
  const { coverage, totals } = scan;
  const severityColour: Record<Severity, (text: string) => string> = {
    critical: (text) => c.bold(c.red(text)),
    high: c.red,
    medium: c.yellow,
    low: c.blue,
    informational: c.gray,
  };
  const table = (head: string[]) =>
    new Table({ head: head.map((title) => c.bold(title)), style: { head: [], border: [], compact: true } });
  const lines: string[] = [];

  const statusText =
    scan.status === 'completed' && !scan.incomplete
      ? c.green(scan.status)
      : scan.status === 'failed'
        ? c.red(scan.status)
        : c.yellow(scan.incomplete ? `${scan.status}, incomplete` : scan.status);
  lines.push(
    `${c.bold('orgscan')} · organization ${c.bold(scan.organization.awsOrganizationId ?? scan.organization.id)}` +
      (scan.organization.managementAccountId
        ? ` (management ${scan.organization.managementAccountId})`
        : '') +
      ` · scan ${scan.id}`,
  );
  lines.push(
    `Status ${statusText}: ${coverage.accounts.succeeded} of ${coverage.accounts.total} accounts scanned` +
      (coverage.accounts.failed ? `, ${c.red(`${coverage.accounts.failed} failed`)}` : '') +
      (coverage.accounts.skipped ? `, ${coverage.accounts.skipped} skipped` : '') +
      (coverage.accounts.cancelled
        ? `, ${c.yellow(`${coverage.accounts.cancelled} not scanned (stopped)`)}`
        : '') +
      ` · ${coverage.regionsScanned.length} regions · ${coverage.checksEvaluated}/${coverage.checksSelected} checks evaluated`,
  );
  if (coverage.cells) {
    const judged = coverageText(coverage.cells);
    lines.push(
      `Coverage ${coverage.cells.judged < coverage.cells.total ? c.yellow(judged) : c.green(judged)}` +
        (coverage.cells.judged < coverage.cells.total
          ? ': cells with an ERROR finding, or of accounts not scanned, were not judged'
          : ''),
    );
  }
  const open = SEVERITIES.reduce((sum, severity) => sum + totals.failedBySeverity[severity], 0);
  lines.push(
    `Findings ${totals.findings}: ${open > 0 ? c.red(`${open} open failures`) : c.green('no open failure')}` +
      (totals.muted ? `, ${totals.muted} muted` : '') +
      (totals.byStatus.ERROR
        ? `, ${c.magenta(`${totals.byStatus.ERROR} could not be evaluated (ERROR)`)}`
        : '') +
      `, ${totals.byStatus.PASS} passing, ${totals.byStatus.MANUAL} manual, ${totals.byStatus.SKIPPED} skipped`,
  );
  lines.push('');

  const severities = table(SEVERITIES.map((severity) => severity));
  severities.push(
    SEVERITIES.map((severity) => severityColour[severity](String(totals.failedBySeverity[severity]))),
  );
  lines.push(c.bold('Open failures by severity'), severities.toString(), '');

  const { rows } = tally.heatmap(head.accounts);
  const failures = new Map(
    rows.map((row) => [row.accountId, row.failures.reduce((sum, value) => sum + value, 0)]),
  );
  const attention = head.accounts
    .filter(
      (account) =>
        account.status === 'failed' ||
        account.status === 'cancelled' ||
        (failures.get(account.accountId) ?? 0) > 0 ||
        account.errors > 0,
    )
    .sort(
      (a, b) =>
        Number(b.status === 'failed') - Number(a.status === 'failed') ||
        (failures.get(b.accountId) ?? 0) - (failures.get(a.accountId) ?? 0) ||
        a.accountId.localeCompare(b.accountId),
    );
  if (attention.length > 0) {
    const accounts = table(['Account', 'OU', 'Status', 'Open failures', 'Errors', 'Reason']);
    for (const account of attention.slice(0, limit)) {
      accounts.push([
        `${truncate(account.accountName, 24)}\n${c.dim(account.accountId)}`,
        truncate(account.ouPath, 26),
        account.status === 'failed'
          ? c.red(account.status)
          : account.status === 'succeeded'
            ? account.cells && account.cells.judged < account.cells.total
              ? c.yellow(`succeeded — ${coveragePercent(account.cells)} judged`)
              : c.green(account.status)
            : c.yellow(account.status),
        String(failures.get(account.accountId) ?? 0),
        String(account.errors),
        account.reason ? truncate(`${account.reason.category}: ${account.reason.detail}`, 44) : '',
      ]);
    }
    lines.push(
      c.bold(
        `Accounts that need attention${attention.length > limit ? ` (${limit} of ${attention.length})` : ''}`,
      ),
      accounts.toString(),
      '',
    );
  }

  const failing = tally.failingChecks();
  if (failing.length > 0) {
    const checks = table(['Severity', 'Check', 'Open failures', 'Accounts']);
    for (const entry of failing.slice(0, limit)) {
      checks.push([
        severityColour[entry.severity](entry.severity),
        `${truncate(findCheck(entry.checkId)?.title ?? entry.checkId, 56)}\n${c.dim(entry.checkId)}`,
        String(entry.failures),
        String(entry.accounts),
      ]);
    }
    lines.push(
      c.bold(`Failing checks${failing.length > limit ? ` (${limit} of ${failing.length})` : ''}`),
      checks.toString(),
      '',
    );
  }

  const statusColour: Record<ComplianceStatus, (text: string) => string> = {
    FAIL: c.red,
    ERROR: c.magenta,
    NOT_EVALUATED: c.gray,
    MANUAL: c.yellow,
    PASS: c.green,
  };
  lines.push(c.bold('Compliance (requirements)'));
  for (const { framework, report } of tally.compliance(head.accounts, options.frameworks)) {
    const counts = (Object.keys(statusColour) as ComplianceStatus[])
      .map((status) => statusColour[status](`${status} ${report.totals.requirements[status]}`))
      .join(' · ');
    lines.push(`  ${framework.name}: ${counts}`);
  }
  return `${lines.join('\n')}\n`;
}
