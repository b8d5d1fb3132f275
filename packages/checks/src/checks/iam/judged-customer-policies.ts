import type { IamAuthorization, IamCustomerManagedPolicy } from '../../inventory/iam.js';
import type { ResourceRef } from '../../model/resource.js';

/**
 * The customer managed policies FSBP's policy controls judge (IAM.21, KMS.1): every one, attached or not,
 * except those serving only as permissions boundaries (AWS runs them with excludePermissionBoundaryPolicy:
 * a boundary caps permissions and grants nothing). A boundary that is also attached grants, so it is judged.
 */
export function judgedCustomerPolicies(authorization: IamAuthorization): IamCustomerManagedPolicy[] {
  return authorization.customerManagedPolicies.filter(
    (policy) => policy.attachmentCount > 0 || policy.permissionsBoundaryUsageCount === 0,
  );
}

export function iamPolicyResource(policy: IamCustomerManagedPolicy): ResourceRef {
  return { id: policy.arn, type: 'AwsIamPolicy' };
}
