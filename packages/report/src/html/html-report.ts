import { createHash } from 'node:crypto';
import {
  checks as allChecks,
  FINDING_STATUSES,
  type Framework,
  findCheck,
  SEVERITIES,
} from '@orgscan/checks';
import type { ComplianceStatus } from '../compliance-report.js';
import { coveragePercent, coverageText } from '../coverage-text.js';
import type { ResultAccount, ResultFinding } from '../scan-result.js';
import type { ScanResultHead } from '../scan-result-json.js';
import type { ScanTally } from '../scan-tally.js';
import { ouChart, severityChart, severityLegend } from './charts.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { reportPage } from './report-page.js';
import { REPORT_STYLE } from './report-style.js';

const PAGE_SCRIPT = `(${reportPage.toString()})();`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Nothing may be fetched or run but what the page carries: no network at all (default-src 'none'), its one
 * script and its one stylesheet by hash, images only as data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(REPORT_STYLE)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface HtmlReportInput {
  /** The scan with its totals and coverage, and every account. */
  readonly head: ScanResultHead;
  /** Counted over every finding already. */
  readonly tally: ScanTally;
  /** The findings again, to embed (read once more rather than kept in memory). */
  readonly findings: () => AsyncIterable<ResultFinding>;
  readonly generatedAt: Date;
  /** Frameworks whose compliance is shown; default: every framework. */
  readonly frameworks?: readonly Framework[];
}

const number = (value: number) => value.toLocaleString('en');
const statusPill = (status: string) =>
  `<span class="pill s-${escapeHtml(status)}">${escapeHtml(status.replace('_', ' '))}</span>`;
const accountPill = (status: string) =>
  `<span class="pill a-${escapeHtml(status)}">${escapeHtml(status)}</span>`;

function card(value: string | number, label: string, tone = ''): string {
  return `<div class="card ${tone}"><div class="value">${escapeHtml(typeof value === 'number' ? number(value) : value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

function heatLevel(failures: number, errors: number): string {
  if (failures === 0) return errors > 0 ? 'le' : 'l0';
  if (failures <= 2) return 'l1';
  if (failures <= 5) return 'l2';
  if (failures <= 10) return 'l3';
  if (failures <= 20) return 'l4';
  return 'l5';
}

function header(head: ScanResultHead, generatedAt: Date): string {
  const { scan } = head;
  const org = scan.organization;
  const meta: Array<[string, string]> = [
    ['Organization', org.awsOrganizationId ?? org.id],
    ['Management account', org.managementAccountId ?? '—'],
    ['Scan', scan.id],
    ['Started', scan.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
    ['Finished', scan.finishedAt ? scan.finishedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—'],
    ['Status', scan.incomplete ? `${scan.status} (incomplete)` : scan.status],
    ['Regions', scan.regions ? scan.regions.join(', ') : 'every enabled region'],
  ];
  return (
    `<header class="top"><h1>Security posture — ${escapeHtml(org.name || org.id)}</h1><div class="meta">` +
    meta.map(([label, value]) => `<span>${escapeHtml(label)}: <b>${escapeHtml(value)}</b></span>`).join('') +
    `<span>Report generated <b>${escapeHtml(
      generatedAt
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z'),
    )}</b></span></div></header>`
  );
}

function banners(head: ScanResultHead): string {
  const { scan } = head;
  const parts: string[] = [];
  if (scan.incomplete) {
    const notScanned =
      scan.coverage.accounts.cancelled + scan.coverage.accounts.pending + scan.coverage.accounts.running;
    parts.push(
      `<div class="banner incomplete">Incomplete scan: ${number(notScanned)} account(s) were not scanned (the scan was ${scan.status === 'running' ? 'still running' : 'stopped'}). Figures below cover only the accounts that finished.</div>`,
    );
  }
  const cells = scan.coverage.cells;
  if (cells && cells.judged < cells.total) {
    parts.push(
      `<div class="banner incomplete">Coverage ${escapeHtml(coverageText(cells))}: a cell with an ERROR finding (data that could not be read), or of an account not scanned, is not judged — its checks are not reported as passing.</div>`,
    );
  }
  if (scan.coverage.accounts.failed > 0) {
    parts.push(
      `<div class="banner failed">${number(scan.coverage.accounts.failed)} account(s) could not be scanned: their checks are not reported as passing. See the accounts table for the reasons.</div>`,
    );
  }
  return parts.join('');
}

function summaryCards(head: ScanResultHead): string {
  const { totals, coverage } = head.scan;
  const scanned = coverage.accounts.succeeded;
  const open = SEVERITIES.reduce((sum, severity) => sum + totals.failedBySeverity[severity], 0);
  return (
    '<section><h2>Summary</h2><div class="cards">' +
    card(
      `${number(scanned)} / ${number(coverage.accounts.total)}`,
      'accounts scanned',
      scanned === coverage.accounts.total ? 'good' : '',
    ) +
    card(coverage.accounts.failed, 'accounts failed', coverage.accounts.failed > 0 ? 'bad' : 'good') +
    card(coverage.accounts.skipped, 'accounts skipped') +
    card(open, 'open failures', open > 0 ? 'bad' : 'good') +
    card(
      totals.failedBySeverity.critical + totals.failedBySeverity.high,
      'critical + high',
      totals.failedBySeverity.critical + totals.failedBySeverity.high > 0 ? 'bad' : 'good',
    ) +
    card(totals.byStatus.ERROR, 'could not be evaluated', totals.byStatus.ERROR > 0 ? 'warn' : 'good') +
    card(totals.muted, 'muted (accepted risk)') +
    card(totals.byStatus.PASS, 'passing') +
    card(coverage.regionsScanned.length, 'regions scanned') +
    card(`${coverage.checksEvaluated} / ${coverage.checksSelected}`, 'checks evaluated') +
    (coverage.cells
      ? card(
          coveragePercent(coverage.cells),
          'check × region cells judged',
          coverage.cells.judged < coverage.cells.total ? 'warn' : 'good',
        )
      : '') +
    '</div></section>'
  );
}

function charts(head: ScanResultHead, tally: ScanTally): string {
  return (
    '<div class="grid2">' +
    `<section><h2>Open failures by severity</h2>${severityChart(head.scan.totals.failedBySeverity)}</section>` +
    `<section><h2>Open failures by OU</h2>${ouChart(tally.failuresByOu())}${severityLegend()}</section>` +
    '</div>'
  );
}

/** Under the count of regions scanned: those an organization policy denied (recorded, not evaluated). */
function deniedRegionsNote(account: ResultAccount): string {
  const denied = account.regionsDeniedByPolicy ?? [];
  if (denied.length === 0) return '';
  const regions = denied.map((denial) => denial.region).join(', ');
  const detail = denied.map((denial) => `${denial.region}: ${denial.code}`).join('; ');
  return `<div class="muted" title="${escapeHtml(detail)}">denied by policy: ${escapeHtml(regions)}</div>`;
}

function accountsTable(accounts: readonly ResultAccount[], failuresOf: ReadonlyMap<string, number>): string {
  const rank: Record<string, number> = {
    failed: 0,
    cancelled: 1,
    running: 2,
    pending: 3,
    succeeded: 4,
    skipped: 5,
  };
  const sorted = [...accounts].sort(
    (a, b) =>
      (rank[a.status] ?? 9) - (rank[b.status] ?? 9) ||
      (failuresOf.get(b.accountId) ?? 0) - (failuresOf.get(a.accountId) ?? 0) ||
      a.accountId.localeCompare(b.accountId),
  );
  const rows = sorted
    .map(
      (account) =>
        `<tr><td class="name">${escapeHtml(account.accountName)}<div class="muted mono">${escapeHtml(account.accountId)}</div></td>` +
        `<td>${escapeHtml(account.ouPath)}</td><td>${accountPill(account.status)}${account.status === 'succeeded' && account.cells && account.cells.judged < account.cells.total ? `<div class="muted">${escapeHtml(coveragePercent(account.cells))} judged</div>` : ''}</td>` +
        `<td>${account.reason ? `<b>${escapeHtml(account.reason.category)}</b><div class="muted">${escapeHtml(account.reason.detail)}</div>` : ''}</td>` +
        `<td class="num">${account.regionsScanned.length}${deniedRegionsNote(account)}</td><td class="num">${number(account.findings)}</td>` +
        `<td class="num">${number(failuresOf.get(account.accountId) ?? 0)}</td><td class="num">${number(account.errors)}</td>` +
        `<td class="num">${number(account.apiCalls)}</td></tr>`,
    )
    .join('');
  return (
    `<section id="accounts"><h2>Accounts</h2><p class="lead">Every account of the organization: scanned, failed with the reason, or skipped.</p><div class="heat"><table>` +
    '<thead><tr><th>Account</th><th>OU</th><th>Status</th><th>Reason</th><th class="num">Regions</th><th class="num">Findings</th><th class="num">Open failures</th><th class="num">Errors</th><th class="num">API calls</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div></section>`
  );
}

function heatmap(
  tally: ScanTally,
  accounts: readonly ResultAccount[],
): { html: string; failuresOf: Map<string, number> } {
  const { sections, rows } = tally.heatmap(accounts);
  const failuresOf = new Map(
    rows.map((row) => [row.accountId, row.failures.reduce((sum, value) => sum + value, 0)]),
  );
  const body = rows
    .map((row) => {
      const cells = sections
        .map((section, index) => {
          const failures = row.failures[index] ?? 0;
          const errors = row.errors[index] ?? 0;
          if (row.status !== 'succeeded')
            return `<td class="cell ln" title="${escapeHtml(`${row.accountName}: not scanned (${row.status})`)}">—</td>`;
          const title = `${row.accountName} — ${section}: ${failures} open failure(s)${errors > 0 ? `, ${errors} error(s)` : ''}`;
          return `<td class="cell ${heatLevel(failures, errors)}" title="${escapeHtml(title)}">${failures > 0 ? failures : errors > 0 ? `${errors}!` : '·'}</td>`;
        })
        .join('');
      return `<tr><td class="name">${escapeHtml(row.accountName)}<div class="muted mono">${escapeHtml(row.accountId)}</div></td>${cells}</tr>`;
    })
    .join('');
  const html =
    '<section id="heatmap"><h2>Accounts × sections</h2><p class="lead">Open failures per account and benchmark section (darker is worse; <b>n!</b>: nothing failed but n findings could not be evaluated; — : account not scanned).</p>' +
    `<div class="heat"><table><thead><tr><th>Account</th>${sections.map((section) => `<th class="num">${escapeHtml(section)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div></section>`;
  return { html, failuresOf };
}

function compliance(
  tally: ScanTally,
  accounts: readonly ResultAccount[],
  frameworks: readonly Framework[] | undefined,
): string {
  const reports = tally.compliance(accounts, frameworks);
  const parts = reports.map(({ framework, report }) => {
    const totals = report.totals.requirements;
    const line = (['FAIL', 'ERROR', 'NOT_EVALUATED', 'MANUAL', 'PASS'] as ComplianceStatus[])
      .map((status) => `${statusPill(status)} ${number(totals[status])}`)
      .join(' ');
    const rows = report.requirements
      .map(
        (requirement) =>
          `<tr><td class="mono nowrap">${escapeHtml(requirement.id)}</td><td>${escapeHtml(requirement.title)}<div class="muted">${escapeHtml(requirement.section)}${requirement.level ? ` · ${requirement.level}` : ''} · ${requirement.evaluation}</div></td>` +
          `<td>${statusPill(requirement.status)}</td><td class="num">${requirement.accounts.FAIL}</td><td class="num">${requirement.accounts.ERROR}</td>` +
          `<td class="num">${requirement.accounts.PASS}</td><td class="mono small">${requirement.checks.map((check) => escapeHtml(check)).join('<br>')}</td></tr>`,
      )
      .join('');
    return (
      `<details class="framework" open><summary>${escapeHtml(framework.name)} — ${report.requirements.length} requirements over ${report.totals.accounts} account(s)</summary>` +
      `<div class="totals-line">${line}</div>` +
      '<table><thead><tr><th>Id</th><th>Requirement</th><th>Status</th><th class="num">Accounts failing</th><th class="num">Errors</th><th class="num">Passing</th><th>Checks</th></tr></thead>' +
      `<tbody>${rows}</tbody></table></details>`
    );
  });
  return (
    '<section id="compliance"><h2>Compliance</h2><p class="lead">A requirement fails when a mapped check fails in an account (muted failures excepted), is ERROR when one could not be evaluated or the account could not be entered, MANUAL when no API can decide it.</p>' +
    `${parts.join('')}</section>`
  );
}

function failingChecks(tally: ScanTally): string {
  const rows = tally
    .failingChecks()
    .map((entry) => {
      const check = findCheck(entry.checkId);
      return `<tr><td><span class="sev sev-${entry.severity}">${entry.severity}</span></td><td>${escapeHtml(check?.title ?? entry.checkId)}<div class="muted mono">${escapeHtml(entry.checkId)}</div></td><td class="num">${number(entry.failures)}</td><td class="num">${number(entry.accounts)}</td></tr>`;
    })
    .join('');
  return (
    '<section id="checks"><h2>Failing checks</h2>' +
    (rows
      ? `<table><thead><tr><th>Severity</th><th>Check</th><th class="num">Open failures</th><th class="num">Accounts</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p class="empty">No check fails.</p>') +
    '</section>'
  );
}

/** Dictionary-encoded findings for the page script, written as the findings stream by. */
async function* embeddedData(
  head: ScanResultHead,
  findings: AsyncIterable<ResultFinding>,
): AsyncGenerator<string> {
  const checkIndex = new Map(head.scan.checkIds.map((checkId, index) => [checkId, index]));
  const checkIds = [...head.scan.checkIds];
  const accountIndex = new Map(head.accounts.map((account, index) => [account.accountId, index]));
  const accounts = head.accounts.map((account) => ({
    id: account.accountId,
    name: account.accountName,
    ou: account.ouPath,
  }));
  const dictionary = () => {
    const values: string[] = [];
    const index = new Map<string, number>();
    return {
      values,
      of(value: string): number {
        let position = index.get(value);
        if (position === undefined) {
          position = values.length;
          values.push(value);
          index.set(value, position);
        }
        return position;
      },
    };
  };
  const messages = dictionary();
  const regions = dictionary();
  const types = dictionary();
  const statusIndex = new Map(FINDING_STATUSES.map((status, index) => [status, index]));
  yield '{"rows":[';
  let first = true;
  for await (const finding of findings) {
    let check = checkIndex.get(finding.checkId);
    if (check === undefined) {
      check = checkIds.length;
      checkIds.push(finding.checkId);
      checkIndex.set(finding.checkId, check);
    }
    let owner = accountIndex.get(finding.accountId);
    if (owner === undefined) {
      owner = accounts.length;
      accounts.push({ id: finding.accountId, name: finding.accountId, ou: '' });
      accountIndex.set(finding.accountId, owner);
    }
    const row = [
      check,
      owner,
      regions.of(finding.region),
      statusIndex.get(finding.status) ?? 0,
      types.of(finding.resourceType),
      finding.resourceId,
      messages.of(finding.message),
      finding.errorCode,
      finding.muted ? 1 : 0,
      finding.muteId,
    ];
    yield `${first ? '' : ','}${jsonForScript(row)}`;
    first = false;
  }
  const checks = checkIds.map((checkId) => {
    const check = allChecks.find((candidate) => candidate.id === checkId);
    return {
      id: checkId,
      title: check?.title ?? checkId,
      severity: check?.severity ?? 'informational',
      service: check?.service ?? '',
      remediation: {
        text: check?.remediation.text ?? '',
        cli: check?.remediation.cli ?? null,
        url: check?.remediation.url ?? '',
      },
      requirements: Object.entries(check?.compliance ?? {}).flatMap(([framework, ids]) =>
        (ids ?? []).map((id) => `${framework} ${id}`),
      ),
    };
  });
  yield `],"statuses":${jsonForScript(FINDING_STATUSES)},"severities":${jsonForScript(SEVERITIES)},"messages":${jsonForScript(messages.values)},"regions":${jsonForScript(regions.values)},"types":${jsonForScript(types.values)},"checks":${jsonForScript(checks)},"accounts":${jsonForScript(accounts)}}`;
}

/**
 * The HTML report: one self-contained file that works offline and fetches nothing (strict CSP, inline
 * style and script, inline SVG charts, the findings embedded as JSON). Summary, charts by severity and OU,
 * the accounts with their outcome, the accounts × sections heatmap, compliance per framework, the failing
 * checks, and every finding with its remediation in a filterable, paged explorer. Written as it streams.
 */
export async function* htmlReport(input: HtmlReportInput): AsyncGenerator<string> {
  const { head, tally } = input;
  const title = `orgscan report — ${head.scan.organization.name || head.scan.organization.id} — ${head.scan.startedAt.slice(0, 10)}`;
  const map = heatmap(tally, head.accounts);
  yield '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">' +
    `<title>${escapeHtml(title)}</title><style>${REPORT_STYLE}</style></head><body>` +
    header(head, input.generatedAt) +
    '<main>' +
    banners(head) +
    summaryCards(head) +
    charts(head, tally) +
    accountsTable(head.accounts, map.failuresOf) +
    map.html +
    compliance(tally, head.accounts, input.frameworks) +
    failingChecks(tally) +
    '<section id="findings"><h2>Findings</h2><p class="lead">Every finding of the scan, worst first. Filter, search, and click a finding for its remediation.</p>' +
    '<noscript><p class="noscript">The findings explorer needs JavaScript; the summary above does not.</p></noscript><div id="findings-app"></div></section>' +
    `<footer>orgscan ${escapeHtml(head.tool.version)} · ${number(head.scan.totals.findings)} findings · this file is self-contained and makes no network requests</footer></main>` +
    '<script type="application/json" id="orgscan-data">';
  yield* embeddedData(head, input.findings());
  yield `</script><script>${PAGE_SCRIPT}</script></body></html>\n`;
}
