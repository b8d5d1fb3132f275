import type { SimulatedIamUser } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import { daysBefore, type SimulatedHandler, type SimulatedRequest } from './handler.js';

const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

/** AWS writes ISO 8601 with +00:00, seconds precision. */
function reportDate(now: Date, daysAgo: number | null | undefined): string {
  if (daysAgo === null || daysAgo === undefined) return 'N/A';
  return daysBefore(now, daysAgo)
    .toISOString()
    .replace(/\.\d{3}Z$/, '+00:00');
}

function keyColumns(now: Date, key: SimulatedIamUser['accessKeys'][number] | undefined): string[] {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = key.lastUsedDaysAgo !== null;
  return [
    String(key.active),
    reportDate(now, key.ageDays),
    reportDate(now, key.lastUsedDaysAgo),
    used ? 'us-east-1' : 'N/A',
    used ? 'sts' : 'N/A',
  ];
}

function credentialReportCsv({ caller, now }: SimulatedRequest): string {
  const { root } = caller.iam;
  const rows: string[][] = [];
  if (root.inCredentialReport !== false) {
    const rootKeys = Array.from({ length: root.activeAccessKeys }, () => ({
      active: true,
      ageDays: 500,
      lastUsedDaysAgo: 30,
    }));
    rows.push([
      '<root_account>',
      `arn:aws:iam::${caller.id}:root`,
      reportDate(now, caller.joinedDaysAgo),
      'not_supported',
      root.passwordLastUsedDaysAgo === null
        ? 'no_information'
        : reportDate(now, root.passwordLastUsedDaysAgo),
      'not_supported',
      'not_supported',
      String(root.mfa),
      ...keyColumns(now, rootKeys[0]),
      ...keyColumns(now, rootKeys[1]),
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  for (const user of caller.iam.users) {
    rows.push([
      user.name,
      `arn:aws:iam::${caller.id}:user/${user.name}`,
      reportDate(now, user.createdDaysAgo),
      String(user.console),
      user.console
        ? user.passwordLastUsedDaysAgo === null
          ? 'no_information'
          : reportDate(now, user.passwordLastUsedDaysAgo)
        : 'N/A',
      user.console ? reportDate(now, user.createdDaysAgo) : 'N/A',
      'N/A',
      String(user.mfa),
      ...keyColumns(now, user.accessKeys[0]),
      ...keyColumns(now, user.accessKeys[1]),
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  return [CREDENTIAL_REPORT_COLUMNS, ...rows].map((row) => row.join(',')).join('\n');
}

export const iamHandlers: Record<string, SimulatedHandler> = {
  'iam:GetAccountSummary': ({ caller }) => ({
    SummaryMap: {
      AccountMFAEnabled: caller.iam.root.mfa ? 1 : 0,
      AccountAccessKeysPresent: caller.iam.root.activeAccessKeys > 0 ? 1 : 0,
      Users: caller.iam.users.length,
      MFADevicesInUse: caller.iam.users.filter((user) => user.mfa).length + (caller.iam.root.mfa ? 1 : 0),
    },
  }),
  'iam:GetAccountPasswordPolicy': ({ caller }) => {
    const policy = caller.iam.passwordPolicy;
    if (!policy) {
      throw simulatedError(
        'NoSuchEntity',
        `The Password Policy with domain name ${caller.id} cannot be found.`,
        404,
      );
    }
    return {
      PasswordPolicy: {
        MinimumPasswordLength: policy.minimumPasswordLength,
        RequireSymbols: policy.requireSymbols ?? false,
        RequireNumbers: policy.requireNumbers ?? false,
        RequireUppercaseCharacters: policy.requireUppercaseCharacters ?? false,
        RequireLowercaseCharacters: policy.requireLowercaseCharacters ?? false,
        AllowUsersToChangePassword: true,
        ExpirePasswords: policy.maxPasswordAge !== undefined,
        ...(policy.maxPasswordAge !== undefined ? { MaxPasswordAge: policy.maxPasswordAge } : {}),
        ...(policy.passwordReusePrevention !== undefined
          ? { PasswordReusePrevention: policy.passwordReusePrevention }
          : {}),
      },
    };
  },
  // A report is always fresh in the simulation, as when AWS reuses one generated in the last 4 hours.
  'iam:GenerateCredentialReport': () => ({ State: 'COMPLETE', Description: 'No report was generated.' }),
  'iam:GetCredentialReport': (request) => ({
    Content: new TextEncoder().encode(credentialReportCsv(request)),
    ReportFormat: 'text/csv',
    GeneratedTime: request.now,
  }),
};
