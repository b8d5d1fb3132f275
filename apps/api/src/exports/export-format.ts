import type { ExportFinding } from '@orgscan/core';

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
