import {
  type AttachedPolicy,
  GetAccountAuthorizationDetailsCommand,
  ListAccountAliasesCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  type ManagedPolicyDetail,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import { type IamCustomerManagedPolicy, type IamInlinePolicy, parsePolicyDocument } from '@orgscan/checks';
import { AwsCallError } from '../aws-error.js';
import { allPages } from '../pagination.js';
import type { GlobalCollector } from './collector.js';

/** IAM list operations page with Marker while IsTruncated. */
const nextMarker = (page: { IsTruncated?: boolean; Marker?: string }) =>
  page.IsTruncated ? page.Marker : undefined;

export const iamAccountAliasesCollector: GlobalCollector<'iam.accountAliases'> = {
  slice: 'iam.accountAliases',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) => api.call(region, 'iam', new ListAccountAliasesCommand({ Marker: marker })),
      nextMarker,
    );
    return pages.flatMap((page) => page.AccountAliases ?? []);
  },
};

function attachedArns(policies: readonly AttachedPolicy[] | undefined): string[] {
  return (policies ?? []).flatMap((policy) => (policy.PolicyArn ? [policy.PolicyArn] : []));
}

/** Inline policy documents come URL-encoded; parsePolicyDocument decodes and normalizes them. */
function inlinePolicies(policies: readonly PolicyDetail[] | undefined): IamInlinePolicy[] {
  return (policies ?? []).map((policy) => ({
    name: policy.PolicyName ?? '',
    statements: policy.PolicyDocument ? parsePolicyDocument(policy.PolicyDocument).statements : [],
  }));
}

function customerManagedPolicy(policy: ManagedPolicyDetail): IamCustomerManagedPolicy {
  const arn = policy.Arn ?? '';
  const version = policy.PolicyVersionList?.find((candidate) => candidate.IsDefaultVersion);
  if (!version?.Document) {
    // Without its default version the policy's grants are unknown: fail the slice rather than guess.
    throw new AwsCallError(
      'PolicyVersionMissing',
      'other',
      'iam:GetAccountAuthorizationDetails',
      `policy ${arn} came without its default version document`,
      null,
    );
  }
  return {
    arn,
    name: policy.PolicyName ?? arn,
    attachmentCount: policy.AttachmentCount ?? 0,
    permissionsBoundaryUsageCount: policy.PermissionsBoundaryUsageCount ?? 0,
    statements: parsePolicyDocument(version.Document).statements,
  };
}

/**
 * Users, groups, roles and customer managed policies in one paginated call. AWS managed policies are not
 * requested: their documents are large and are judged by ARN. Every customer managed policy is kept, with
 * its attachment count: unattached ones grant nothing today, but FSBP (IAM.21, KMS.1) judges them too.
 */
export const iamAuthorizationCollector: GlobalCollector<'iam.authorization'> = {
  slice: 'iam.authorization',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) =>
        api.call(
          region,
          'iam',
          new GetAccountAuthorizationDetailsCommand({
            Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'],
            Marker: marker,
          }),
        ),
      nextMarker,
    );
    return {
      users: pages
        .flatMap((page) => page.UserDetailList ?? [])
        .map((user) => ({
          name: user.UserName ?? '',
          arn: user.Arn ?? '',
          attachedPolicyArns: attachedArns(user.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(user.UserPolicyList),
          groups: user.GroupList ?? [],
        })),
      groups: pages
        .flatMap((page) => page.GroupDetailList ?? [])
        .map((group) => ({
          name: group.GroupName ?? '',
          arn: group.Arn ?? '',
          attachedPolicyArns: attachedArns(group.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(group.GroupPolicyList),
        })),
      roles: pages
        .flatMap((page) => page.RoleDetailList ?? [])
        .map((role) => ({
          name: role.RoleName ?? '',
          arn: role.Arn ?? '',
          attachedPolicyArns: attachedArns(role.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(role.RolePolicyList),
          serviceLinked: (role.Path ?? '').startsWith('/aws-service-role/'),
        })),
      customerManagedPolicies: pages.flatMap((page) => page.Policies ?? []).map(customerManagedPolicy),
    };
  },
};

export const iamVirtualMfaDevicesCollector: GlobalCollector<'iam.virtualMfaDevices'> = {
  slice: 'iam.virtualMfaDevices',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) =>
        api.call(
          region,
          'iam',
          new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker }),
        ),
      nextMarker,
    );
    return pages
      .flatMap((page) => page.VirtualMFADevices ?? [])
      .flatMap((device) =>
        device.SerialNumber ? [{ serialNumber: device.SerialNumber, userArn: device.User?.Arn ?? null }] : [],
      );
  },
};

export const iamServerCertificatesCollector: GlobalCollector<'iam.serverCertificates'> = {
  slice: 'iam.serverCertificates',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) => api.call(region, 'iam', new ListServerCertificatesCommand({ Marker: marker })),
      nextMarker,
    );
    return pages
      .flatMap((page) => page.ServerCertificateMetadataList ?? [])
      .map((certificate) => ({
        name: certificate.ServerCertificateName ?? '',
        arn: certificate.Arn ?? '',
        expiration: certificate.Expiration?.toISOString() ?? null,
      }));
  },
};
