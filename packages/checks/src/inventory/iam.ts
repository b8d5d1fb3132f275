/** IAM account summary: the counters CIS reads for the root user (GetAccountSummary). */
export interface IamAccountSummary {
  readonly accountMfaEnabled: boolean;
  readonly accountAccessKeysPresent: boolean;
  readonly users: number;
}

/** The account password policy (GetAccountPasswordPolicy). `null` when the account has none. */
export interface IamPasswordPolicy {
  readonly minimumPasswordLength: number;
  readonly passwordReusePrevention: number | null;
  readonly requireSymbols: boolean;
  readonly requireNumbers: boolean;
  readonly requireUppercaseCharacters: boolean;
  readonly requireLowercaseCharacters: boolean;
  readonly maxPasswordAge: number | null;
  readonly expirePasswords: boolean;
}

export interface CredentialReportAccessKey {
  readonly active: boolean;
  /** ISO timestamps; null when AWS reports N/A. */
  readonly lastRotated: string | null;
  readonly lastUsedDate: string | null;
}

/** One row of the IAM credential report, normalized. Dates are ISO strings, null when AWS says N/A. */
export interface CredentialReportEntry {
  readonly user: string;
  readonly arn: string;
  readonly userCreationTime: string | null;
  /** null for the root user, whose password state the report marks "not_supported". */
  readonly passwordEnabled: boolean | null;
  readonly passwordLastUsed: string | null;
  readonly passwordLastChanged: string | null;
  readonly mfaActive: boolean;
  readonly accessKeys: readonly [CredentialReportAccessKey, CredentialReportAccessKey];
}

export interface CredentialReport {
  readonly generatedAt: string;
  /** The `<root_account>` row; null when the report has none (then root checks cannot pass on it). */
  readonly root: CredentialReportEntry | null;
  readonly users: readonly CredentialReportEntry[];
}
