/** AWS Systems Manager inventory of one region, normalized for the FSBP SSM checks. */
import type { ReadResult } from './read-result.js';

/** Who an SSM document is shared with (DescribeDocumentPermission, PermissionType Share). */
export interface SsmDocumentSharing {
  /** Shared with "all": every AWS account can run it. */
  readonly public: boolean;
  readonly accountIds: readonly string[];
}

/** An SSM document the account owns (ListDocuments, Owner Self). */
export interface SsmDocument {
  readonly arn: string;
  readonly name: string;
  /** Read per document: one unreadable document is that document's ERROR. */
  readonly sharing: ReadResult<SsmDocumentSharing>;
}

/** The region's Systems Manager service settings the checks judge (GetServiceSetting), each read on its own. */
export interface SsmServiceSettings {
  /** /ssm/automation/customer-script-log-destination: CloudWatch, or none. */
  readonly automationLogDestination: ReadResult<string>;
  /** /ssm/documents/console/public-sharing-permission: Enable or Disable. */
  readonly documentPublicSharing: ReadResult<string>;
}

/** A node Systems Manager manages in the region (DescribeInstanceInformation). */
export interface SsmManagedInstance {
  /** i-... for EC2 instances, mi-... for hybrid nodes. */
  readonly instanceId: string;
  /** Online, ConnectionLost, Inactive. */
  readonly pingStatus: string;
}

/** The patch or association compliance of one managed node (ListResourceComplianceSummaries). */
export interface SsmComplianceSummary {
  /** i-... for EC2 instances, mi-... for hybrid nodes. */
  readonly resourceId: string;
  /** Patch or Association (custom compliance types are not kept). */
  readonly complianceType: 'Patch' | 'Association';
  /** COMPLIANT or NON_COMPLIANT. */
  readonly status: string;
}
