import type { CredentialReport, CredentialReportAccessKey, CredentialReportEntry } from '@orgscan/checks';

const ROOT_USER = '<root_account>';

/**
 * Parses the IAM credential report (CSV, documented columns, read by header name so column order does not
 * matter). Values AWS writes when a date does not apply (N/A, no_information, not_supported) become null.
 * A report without a root row yields `root: null`; it does not throw.
 */
export function parseCredentialReport(csv: string, generatedAt: string): CredentialReport {
  const rows = parseCsv(csv.trim());
  const header = rows.shift();
  if (!header?.includes('user') || !header.includes('arn')) {
    throw new Error('credential report has no header row with user and arn columns');
  }
  const column = (row: string[], name: string): string => row[header.indexOf(name)] ?? '';

  let root: CredentialReportEntry | null = null;
  const users: CredentialReportEntry[] = [];
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue;
    const key = (slot: 1 | 2): CredentialReportAccessKey => ({
      active: column(row, `access_key_${slot}_active`) === 'true',
      lastRotated: dateOrNull(column(row, `access_key_${slot}_last_rotated`)),
      lastUsedDate: dateOrNull(column(row, `access_key_${slot}_last_used_date`)),
    });
    const user = column(row, 'user');
    const passwordEnabled = column(row, 'password_enabled');
    const entry: CredentialReportEntry = {
      user,
      arn: column(row, 'arn'),
      userCreationTime: dateOrNull(column(row, 'user_creation_time')),
      passwordEnabled: passwordEnabled === 'true' ? true : passwordEnabled === 'false' ? false : null,
      passwordLastUsed: dateOrNull(column(row, 'password_last_used')),
      passwordLastChanged: dateOrNull(column(row, 'password_last_changed')),
      mfaActive: column(row, 'mfa_active') === 'true',
      accessKeys: [key(1), key(2)],
    };
    if (user === ROOT_USER) root = entry;
    else users.push(entry);
  }
  return { generatedAt, root, users };
}

function dateOrNull(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  row.push(field);
  rows.push(row);
  return rows;
}
