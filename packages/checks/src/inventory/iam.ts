import type { PolicyStatement } from '../policy/policy-document.js';

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

/** An inline policy of a user, group or role, with its normalized statements. */
export interface IamInlinePolicy {
  readonly name: string;
  readonly statements: readonly PolicyStatement[];
}

/** What grants an IAM principal permissions: managed policies by ARN and inline policies. */
export interface IamPrincipalPolicies {
  readonly name: string;
  readonly arn: string;
  readonly attachedPolicyArns: readonly string[];
  readonly inlinePolicies: readonly IamInlinePolicy[];
}

export interface IamUserAuthorization extends IamPrincipalPolicies {
  /** Names of the groups the user belongs to. */
  readonly groups: readonly string[];
}

export type IamGroupAuthorization = IamPrincipalPolicies;

export interface IamRoleAuthorization extends IamPrincipalPolicies {
  /** Created and managed by an AWS service (path /aws-service-role/): not an access path for people. */
  readonly serviceLinked: boolean;
}

/**
 * A customer managed policy of the account, attached or not (FSBP judges unattached ones too), with its
 * default version's statements.
 */
export interface IamCustomerManagedPolicy {
  readonly arn: string;
  readonly name: string;
  /** Users, groups and roles it is attached to; 0: it grants nothing today. */
  readonly attachmentCount: number;
  /** Users and roles it bounds as a permissions boundary (a boundary grants nothing by itself). */
  readonly permissionsBoundaryUsageCount: number;
  readonly statements: readonly PolicyStatement[];
}

/**
 * Who holds which policies (GetAccountAuthorizationDetails). AWS managed policies are known by ARN only:
 * their documents are AWS's and are judged by name (AdministratorAccess, PowerUserAccess, ...).
 */
export interface IamAuthorization {
  readonly users: readonly IamUserAuthorization[];
  readonly groups: readonly IamGroupAuthorization[];
  readonly roles: readonly IamRoleAuthorization[];
  readonly customerManagedPolicies: readonly IamCustomerManagedPolicy[];
}

/** A virtual MFA device assigned to a user or to the root user (ListVirtualMFADevices, Assigned). */
export interface IamVirtualMfaDevice {
  readonly serialNumber: string;
  /** ARN of the user it is assigned to; `arn:aws:iam::<account>:root` for the root user. */
  readonly userArn: string | null;
}

/** A server certificate stored in IAM (ListServerCertificates). */
export interface IamServerCertificate {
  readonly name: string;
  readonly arn: string;
  /** ISO timestamp; null when AWS gives none. */
  readonly expiration: string | null;
}

/**
 * An instance profile of the account (ListInstanceProfiles) and the roles it holds: AWS allows one role per
 * profile; a profile without a role gives the instances using it no credentials.
 */
export interface IamInstanceProfile {
  readonly arn: string;
  readonly name: string;
  readonly roleArns: readonly string[];
}
