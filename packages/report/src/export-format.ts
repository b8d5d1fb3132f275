import type { Evidence, FindingStatus, Severity } from '@orgscan/checks';

/**
 * One finding as every export format reads it: its identity and result, where it stands in the posture,
 * and the scan that observed it. The store's export rows and a command-line scan's findings both give it.
 */
export interface ExportFinding {
  readonly fingerprint: string;
  readonly organizationId: string;
  readonly accountId: string;
  readonly accountName: string | null;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly status: FindingStatus;
  readonly severity: Severity;
  readonly message: string;
  readonly errorCode: string | null;
  readonly evidence: Evidence | null;
  readonly muted: boolean;
  readonly muteId: string | null;
  /** Still failing (current posture); for a scan, whether it failed in that scan. */
  readonly open: boolean;
  /** false: the resource is gone. */
  readonly present: boolean;
  readonly firstSeen: Date | null;
  readonly lastSeen: Date | null;
  readonly statusChangedAt: Date | null;
  /** The scan that observed it (for the current posture: the last one). */
  readonly scanId: string;
  /** When it was observed: the scan's time. */
  readonly observedAt: Date;
}

/** What every format may use besides the finding: who exports, for which organization, where to import. */
export interface ExportContext {
  readonly organization: {
    readonly id: string;
    readonly name: string;
    readonly awsOrganizationId: string | null;
  };
  /** ASFF: the Security Hub account and region that import the findings (ProductArn). */
  readonly securityHub: { readonly accountId: string; readonly region: string } | null;
  readonly productVersion: string;
}

export interface ExportFormat {
  readonly contentType: string;
  readonly extension: string;
  /** Written once before the rows (CSV header). */
  readonly header?: string;
  /** One finding, with its line ending. */
  line(finding: ExportFinding, context: ExportContext): string;
}

/** The partition of an ARN (`arn:aws-us-gov:…` → aws-us-gov); `aws` for ids that are not ARNs. */
export function partitionOf(resourceId: string): string {
  return /^arn:(aws[a-z-]*):/.exec(resourceId)?.[1] ?? 'aws';
}

export function truncate(text: string, maximum: number): string {
  return text.length <= maximum ? text : `${text.slice(0, maximum - 1)}…`;
}
