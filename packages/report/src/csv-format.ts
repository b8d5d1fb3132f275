import type { ExportFinding, ExportFormat } from './export-format.js';

const COLUMNS: ReadonlyArray<
  readonly [string, (finding: ExportFinding) => string | number | boolean | null]
> = [
  ['fingerprint', (f) => f.fingerprint],
  ['organization_id', (f) => f.organizationId],
  ['account_id', (f) => f.accountId],
  ['account_name', (f) => f.accountName],
  ['region', (f) => f.region],
  ['check_id', (f) => f.checkId],
  ['severity', (f) => f.severity],
  ['status', (f) => f.status],
  ['muted', (f) => f.muted],
  ['mute_id', (f) => f.muteId],
  ['record_state', (f) => (f.present ? 'active' : 'archived')],
  ['resource_type', (f) => f.resourceType],
  ['resource_id', (f) => f.resourceId],
  ['message', (f) => f.message],
  ['error_code', (f) => f.errorCode],
  ['first_seen', (f) => f.firstSeen?.toISOString() ?? null],
  ['last_seen', (f) => f.lastSeen?.toISOString() ?? null],
  ['status_changed_at', (f) => f.statusChangedAt?.toISOString() ?? null],
  ['scan_id', (f) => f.scanId],
  ['observed_at', (f) => f.observedAt.toISOString()],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value starting like a
 * spreadsheet formula (= + - @, tab, carriage return) is prefixed with ' so opening the file runs nothing:
 * resource names and messages come from the scanned accounts, not from us.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvFormat: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  header: `${COLUMNS.map(([name]) => name).join(',')}\r\n`,
  line: (finding) => `${COLUMNS.map(([, value]) => csvField(value(finding))).join(',')}\r\n`,
};
