import { describe, expect, it } from 'vitest';
import { parseCredentialReport, parseCsv } from './credential-report-csv.js';

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,' +
  'password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,' +
  'access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,' +
  'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,' +
  'cert_2_active,cert_2_last_rotated';

const ROOT_ROW =
  '<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,' +
  '2024-05-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,' +
  'true,2021-02-03T04:05:06+00:00,2024-04-30T08:00:00+00:00,us-east-1,s3,false,N/A,false,N/A';

const ALICE_ROW =
  'alice,arn:aws:iam::123456789012:user/alice,2022-06-01T12:00:00+00:00,true,no_information,' +
  '2023-01-15T09:30:00+00:00,N/A,false,true,2023-02-01T00:00:00+00:00,N/A,N/A,N/A,' +
  'false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

const GENERATED_AT = '2026-06-01T00:00:00.000Z';

describe('parseCredentialReport', () => {
  it('maps the root row and user rows', () => {
    const report = parseCredentialReport([HEADER, ROOT_ROW, ALICE_ROW].join('\n'), GENERATED_AT);

    expect(report.generatedAt).toBe(GENERATED_AT);
    expect(report.root).toEqual({
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      userCreationTime: '2020-01-01T00:00:00.000Z',
      passwordEnabled: null,
      passwordLastUsed: '2024-05-01T10:00:00.000Z',
      passwordLastChanged: null,
      mfaActive: true,
      accessKeys: [
        { active: false, lastRotated: null, lastUsedDate: null },
        { active: true, lastRotated: '2021-02-03T04:05:06.000Z', lastUsedDate: '2024-04-30T08:00:00.000Z' },
      ],
    });
    expect(report.users).toEqual([
      {
        user: 'alice',
        arn: 'arn:aws:iam::123456789012:user/alice',
        userCreationTime: '2022-06-01T12:00:00.000Z',
        passwordEnabled: true,
        passwordLastUsed: null,
        passwordLastChanged: '2023-01-15T09:30:00.000Z',
        mfaActive: false,
        accessKeys: [
          { active: true, lastRotated: '2023-02-01T00:00:00.000Z', lastUsedDate: null },
          { active: false, lastRotated: null, lastUsedDate: null },
        ],
      },
    ]);
  });

  it('gives root null, without throwing, when the report has no root row', () => {
    const report = parseCredentialReport([HEADER, ALICE_ROW].join('\n'), GENERATED_AT);
    expect(report.root).toBeNull();
    expect(report.users.map((entry) => entry.user)).toEqual(['alice']);
  });

  it('turns N/A, no_information and not_supported into null', () => {
    const header = 'user,arn,user_creation_time,password_last_used,password_last_changed,password_enabled';
    const row = 'bob,arn:aws:iam::123456789012:user/bob,N/A,no_information,not_supported,not_supported';
    const [bob] = parseCredentialReport(`${header}\n${row}`, GENERATED_AT).users;
    expect(bob?.userCreationTime).toBeNull();
    expect(bob?.passwordLastUsed).toBeNull();
    expect(bob?.passwordLastChanged).toBeNull();
    expect(bob?.passwordEnabled).toBeNull();
  });

  it('reads columns by header name, whatever their order', () => {
    const csv = 'mfa_active,arn,user,password_enabled\ntrue,arn:aws:iam::123456789012:user/carol,carol,false';
    const [carol] = parseCredentialReport(csv, GENERATED_AT).users;
    expect(carol).toMatchObject({
      user: 'carol',
      arn: 'arn:aws:iam::123456789012:user/carol',
      mfaActive: true,
      passwordEnabled: false,
    });
    // Columns the report does not have read as absent.
    expect(carol?.accessKeys).toEqual([
      { active: false, lastRotated: null, lastUsedDate: null },
      { active: false, lastRotated: null, lastUsedDate: null },
    ]);
  });

  it('reads quoted fields', () => {
    const csv = `${HEADER}\n"alice","arn:aws:iam::123456789012:user/alice","2022-06-01T12:00:00+00:00","true"`;
    const [alice] = parseCredentialReport(csv, GENERATED_AT).users;
    expect(alice?.user).toBe('alice');
    expect(alice?.arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(alice?.userCreationTime).toBe('2022-06-01T12:00:00.000Z');
    expect(alice?.passwordEnabled).toBe(true);
  });

  it('accepts CRLF line endings, a trailing newline and blank lines', () => {
    const csv = `${HEADER}\r\n${ROOT_ROW}\r\n\r\n${ALICE_ROW}\r\n`;
    const report = parseCredentialReport(csv, GENERATED_AT);
    expect(report.root?.arn).toBe('arn:aws:iam::123456789012:root');
    expect(report.users.map((entry) => entry.user)).toEqual(['alice']);
  });

  it('gives no users for a report with only the header', () => {
    expect(parseCredentialReport(`${HEADER}\n`, GENERATED_AT)).toEqual({
      generatedAt: GENERATED_AT,
      root: null,
      users: [],
    });
  });

  it('rejects content without a user/arn header', () => {
    expect(() => parseCredentialReport('', GENERATED_AT)).toThrow(/header/);
    expect(() => parseCredentialReport('name,id\nalice,1', GENERATED_AT)).toThrow(/header/);
  });
});

describe('parseCsv', () => {
  it('splits unquoted rows and fields', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"x, y","say ""hi""","two\nlines",end')).toEqual([
      ['x, y', 'say "hi"', 'two\nlines', 'end'],
    ]);
  });
});
