import type { IamPrincipalPolicies } from '../../inventory/iam.js';
import type { ResourceRef } from '../../model/resource.js';

/** An IAM user, group or role from the authorization details, as a finding's resource. */
export function iamPrincipalResource(
  principal: IamPrincipalPolicies,
  type: 'AwsIamUser' | 'AwsIamGroup' | 'AwsIamRole',
): ResourceRef {
  return { id: principal.arn, type };
}
