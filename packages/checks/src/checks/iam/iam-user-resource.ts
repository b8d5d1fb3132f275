import type { CredentialReportEntry } from '../../inventory/iam.js';
import type { ResourceRef } from '../../model/resource.js';

export function iamUserResource(entry: CredentialReportEntry): ResourceRef {
  return { id: entry.arn, type: 'AwsIamUser' };
}

/** The credential report names keys by slot (1 or 2), not by key id. */
export function iamAccessKeySlotResource(entry: CredentialReportEntry, slot: 1 | 2): ResourceRef {
  return { id: `${entry.arn}/access-key-${slot}`, type: 'AwsIamAccessKey' };
}
