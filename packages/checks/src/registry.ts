import { accessanalyzerExternalAnalyzerActive } from './checks/accessanalyzer/accessanalyzer-external-analyzer-active.js';
import { accountRootEmailDedicated } from './checks/account/account-root-email-dedicated.js';
import { accountSecurityContactRegistered } from './checks/account/account-security-contact-registered.js';
import { cloudtrailMultiRegionTrailEnabled } from './checks/cloudtrail/cloudtrail-multi-region-trail-enabled.js';
import { cloudtrailS3ObjectReadsLogged } from './checks/cloudtrail/cloudtrail-s3-object-reads-logged.js';
import { cloudtrailS3ObjectWritesLogged } from './checks/cloudtrail/cloudtrail-s3-object-writes-logged.js';
import { cloudtrailTrailCloudwatchLogsDelivering } from './checks/cloudtrail/cloudtrail-trail-cloudwatch-logs-delivering.js';
import { cloudtrailTrailKmsEncrypted } from './checks/cloudtrail/cloudtrail-trail-kms-encrypted.js';
import { cloudtrailTrailLogValidationEnabled } from './checks/cloudtrail/cloudtrail-trail-log-validation-enabled.js';
import { cloudwatchAlarmNotifiesSubscribers } from './checks/cloudwatch/cloudwatch-alarm-notifies-subscribers.js';
import { cloudwatchCloudtrailChangesMonitored } from './checks/cloudwatch/cloudwatch-cloudtrail-changes-monitored.js';
import { cloudwatchCmkDeletionMonitored } from './checks/cloudwatch/cloudwatch-cmk-deletion-monitored.js';
import { cloudwatchConfigChangesMonitored } from './checks/cloudwatch/cloudwatch-config-changes-monitored.js';
import { cloudwatchConsoleAuthFailuresMonitored } from './checks/cloudwatch/cloudwatch-console-auth-failures-monitored.js';
import { cloudwatchConsoleSigninWithoutMfaMonitored } from './checks/cloudwatch/cloudwatch-console-signin-without-mfa-monitored.js';
import { cloudwatchIamPolicyChangesMonitored } from './checks/cloudwatch/cloudwatch-iam-policy-changes-monitored.js';
import { cloudwatchNaclChangesMonitored } from './checks/cloudwatch/cloudwatch-nacl-changes-monitored.js';
import { cloudwatchNetworkGatewayChangesMonitored } from './checks/cloudwatch/cloudwatch-network-gateway-changes-monitored.js';
import { cloudwatchOrganizationsChangesMonitored } from './checks/cloudwatch/cloudwatch-organizations-changes-monitored.js';
import { cloudwatchRootUsageMonitored } from './checks/cloudwatch/cloudwatch-root-usage-monitored.js';
import { cloudwatchRouteTableChangesMonitored } from './checks/cloudwatch/cloudwatch-route-table-changes-monitored.js';
import { cloudwatchS3BucketPolicyChangesMonitored } from './checks/cloudwatch/cloudwatch-s3-bucket-policy-changes-monitored.js';
import { cloudwatchSecurityGroupChangesMonitored } from './checks/cloudwatch/cloudwatch-security-group-changes-monitored.js';
import { cloudwatchUnauthorizedApiCallsMonitored } from './checks/cloudwatch/cloudwatch-unauthorized-api-calls-monitored.js';
import { cloudwatchVpcChangesMonitored } from './checks/cloudwatch/cloudwatch-vpc-changes-monitored.js';
import { configRecorderAllResourcesEnabled } from './checks/config/config-recorder-all-resources-enabled.js';
import { configRecorderGlobalResourcesIncluded } from './checks/config/config-recorder-global-resources-included.js';
import { ec2DefaultSecurityGroupRestricted } from './checks/ec2/ec2-default-security-group-restricted.js';
import { ec2EbsEncryptionByDefaultEnabled } from './checks/ec2/ec2-ebs-encryption-by-default-enabled.js';
import { ec2EbsVolumeEncrypted } from './checks/ec2/ec2-ebs-volume-encrypted.js';
import { ec2InstanceImdsv2Required } from './checks/ec2/ec2-instance-imdsv2-required.js';
import { ec2InstanceProfileAttached } from './checks/ec2/ec2-instance-profile-attached.js';
import { ec2NetworkAclAdminPortsRestricted } from './checks/ec2/ec2-network-acl-admin-ports-restricted.js';
import { ec2SecurityGroupAdminPortsIpv4Restricted } from './checks/ec2/ec2-security-group-admin-ports-ipv4-restricted.js';
import { ec2SecurityGroupAdminPortsIpv6Restricted } from './checks/ec2/ec2-security-group-admin-ports-ipv6-restricted.js';
import { ec2SecurityGroupCifsRestricted } from './checks/ec2/ec2-security-group-cifs-restricted.js';
import { ecrRepositoryImageScanningEnabled } from './checks/ecr/ecr-repository-image-scanning-enabled.js';
import { ecrRepositoryLifecyclePolicySet } from './checks/ecr/ecr-repository-lifecycle-policy-set.js';
import { ecrRepositoryTagImmutable } from './checks/ecr/ecr-repository-tag-immutable.js';
import { ecsTaskDefinitionContainersNonPrivileged } from './checks/ecs/ecs-task-definition-containers-non-privileged.js';
import { ecsTaskDefinitionEnvNoSecrets } from './checks/ecs/ecs-task-definition-env-no-secrets.js';
import { ecsTaskDefinitionHostModeNonRoot } from './checks/ecs/ecs-task-definition-host-mode-non-root.js';
import { ecsTaskDefinitionLoggingConfigured } from './checks/ecs/ecs-task-definition-logging-configured.js';
import { ecsTaskDefinitionPidModeNotHost } from './checks/ecs/ecs-task-definition-pid-mode-not-host.js';
import { ecsTaskDefinitionRootFilesystemReadOnly } from './checks/ecs/ecs-task-definition-root-filesystem-read-only.js';
import { efsFileSystemEncrypted } from './checks/efs/efs-file-system-encrypted.js';
import { iamAccessKeyRotated90Days } from './checks/iam/iam-access-key-rotated-90-days.js';
import { iamAccountAliasSet } from './checks/iam/iam-account-alias-set.js';
import { iamAdminAccessViaGroupsOrRoles } from './checks/iam/iam-admin-access-via-groups-or-roles.js';
import { iamCloudshellFullAccessNotAttached } from './checks/iam/iam-cloudshell-full-access-not-attached.js';
import { iamCredentialUnused45DaysDisabled } from './checks/iam/iam-credential-unused-45-days-disabled.js';
import { iamPasswordPolicyLength14 } from './checks/iam/iam-password-policy-length-14.js';
import { iamPasswordPolicyReuse24 } from './checks/iam/iam-password-policy-reuse-24.js';
import { iamPolicyFullAdminNotAttached } from './checks/iam/iam-policy-full-admin-not-attached.js';
import { iamRootAccessKeysAbsent } from './checks/iam/iam-root-access-keys-absent.js';
import { iamRootHardwareMfaEnabled } from './checks/iam/iam-root-hardware-mfa-enabled.js';
import { iamRootMfaEnabled } from './checks/iam/iam-root-mfa-enabled.js';
import { iamRootUnused90Days } from './checks/iam/iam-root-unused-90-days.js';
import { iamServerCertificateNotExpired } from './checks/iam/iam-server-certificate-not-expired.js';
import { iamSupportRoleExists } from './checks/iam/iam-support-role-exists.js';
import { iamUserBroadManagedPoliciesAbsent } from './checks/iam/iam-user-broad-managed-policies-absent.js';
import { iamUserConsoleMfaEnabled } from './checks/iam/iam-user-console-mfa-enabled.js';
import { iamUserHighPowerAccessKeysInactive } from './checks/iam/iam-user-high-power-access-keys-inactive.js';
import { iamUserPermissionsViaGroupsOnly } from './checks/iam/iam-user-permissions-via-groups-only.js';
import { kmsKeyPolicyNotPublic } from './checks/kms/kms-key-policy-not-public.js';
import { kmsKeyRotationEnabled } from './checks/kms/kms-key-rotation-enabled.js';
import { lambdaFunctionEnvNoSecrets } from './checks/lambda/lambda-function-env-no-secrets.js';
import { lambdaFunctionPolicyNotPublic } from './checks/lambda/lambda-function-policy-not-public.js';
import { logsCloudtrailLogGroupSubscribed } from './checks/logs/logs-cloudtrail-log-group-subscribed.js';
import { opensearchDomainAuditLoggingEnabled } from './checks/opensearch/opensearch-domain-audit-logging-enabled.js';
import { opensearchDomainEncryptedAtRest } from './checks/opensearch/opensearch-domain-encrypted-at-rest.js';
import { opensearchDomainErrorLogsToCloudwatch } from './checks/opensearch/opensearch-domain-error-logs-to-cloudwatch.js';
import { opensearchDomainFineGrainedAccessEnabled } from './checks/opensearch/opensearch-domain-fine-grained-access-enabled.js';
import { opensearchDomainInVpc } from './checks/opensearch/opensearch-domain-in-vpc.js';
import { opensearchDomainLatestTlsPolicy } from './checks/opensearch/opensearch-domain-latest-tls-policy.js';
import { opensearchDomainNodeToNodeEncrypted } from './checks/opensearch/opensearch-domain-node-to-node-encrypted.js';
import { opensearchDomainSoftwareUpToDate } from './checks/opensearch/opensearch-domain-software-up-to-date.js';
import { opensearchDomainThreeDataNodes } from './checks/opensearch/opensearch-domain-three-data-nodes.js';
import { opensearchDomainThreeDedicatedMasters } from './checks/opensearch/opensearch-domain-three-dedicated-masters.js';
import { rdsInstanceAutoMinorVersionUpgradeEnabled } from './checks/rds/rds-instance-auto-minor-version-upgrade-enabled.js';
import { rdsInstanceMultiAzEnabled } from './checks/rds/rds-instance-multi-az-enabled.js';
import { rdsInstanceNotPubliclyAccessible } from './checks/rds/rds-instance-not-publicly-accessible.js';
import { rdsInstanceStorageEncrypted } from './checks/rds/rds-instance-storage-encrypted.js';
import { s3AccountPublicAccessBlocked } from './checks/s3/s3-account-public-access-blocked.js';
import { s3BucketDefaultEncryptionEnabled } from './checks/s3/s3-bucket-default-encryption-enabled.js';
import { s3BucketMfaDeleteEnabled } from './checks/s3/s3-bucket-mfa-delete-enabled.js';
import { s3BucketPolicyDeniesHttp } from './checks/s3/s3-bucket-policy-denies-http.js';
import { s3BucketPolicyNotPublic } from './checks/s3/s3-bucket-policy-not-public.js';
import { s3BucketPublicAccessBlocked } from './checks/s3/s3-bucket-public-access-blocked.js';
import { s3TrailBucketAccessLoggingEnabled } from './checks/s3/s3-trail-bucket-access-logging-enabled.js';
import { securityhubHubEnabled } from './checks/securityhub/securityhub-hub-enabled.js';
import { snsTopicPolicyNotPublic } from './checks/sns/sns-topic-policy-not-public.js';
import { sqsQueuePolicyNotPublic } from './checks/sqs/sqs-queue-policy-not-public.js';
import { vpcFlowLogsEnabled } from './checks/vpc/vpc-flow-logs-enabled.js';
import type { CheckDefinition } from './model/check-definition.js';

/** Every check, explicitly. A test keeps this list equal to the check files on disk. */
export const checks: readonly CheckDefinition[] = [
  iamRootMfaEnabled,
  iamRootAccessKeysAbsent,
  iamPasswordPolicyLength14,
  iamPasswordPolicyReuse24,
  iamUserConsoleMfaEnabled,
  iamAccessKeyRotated90Days,
  iamCredentialUnused45DaysDisabled,
  iamRootHardwareMfaEnabled,
  iamRootUnused90Days,
  iamUserPermissionsViaGroupsOnly,
  iamPolicyFullAdminNotAttached,
  iamSupportRoleExists,
  iamServerCertificateNotExpired,
  iamCloudshellFullAccessNotAttached,
  iamAccountAliasSet,
  iamAdminAccessViaGroupsOrRoles,
  iamUserBroadManagedPoliciesAbsent,
  iamUserHighPowerAccessKeysInactive,
  accountSecurityContactRegistered,
  accountRootEmailDedicated,
  accessanalyzerExternalAnalyzerActive,
  configRecorderAllResourcesEnabled,
  configRecorderGlobalResourcesIncluded,
  securityhubHubEnabled,
  cloudtrailMultiRegionTrailEnabled,
  cloudtrailTrailLogValidationEnabled,
  cloudtrailTrailKmsEncrypted,
  cloudtrailS3ObjectWritesLogged,
  cloudtrailS3ObjectReadsLogged,
  cloudtrailTrailCloudwatchLogsDelivering,
  logsCloudtrailLogGroupSubscribed,
  cloudwatchUnauthorizedApiCallsMonitored,
  cloudwatchConsoleSigninWithoutMfaMonitored,
  cloudwatchRootUsageMonitored,
  cloudwatchIamPolicyChangesMonitored,
  cloudwatchCloudtrailChangesMonitored,
  cloudwatchConsoleAuthFailuresMonitored,
  cloudwatchCmkDeletionMonitored,
  cloudwatchS3BucketPolicyChangesMonitored,
  cloudwatchConfigChangesMonitored,
  cloudwatchSecurityGroupChangesMonitored,
  cloudwatchNaclChangesMonitored,
  cloudwatchNetworkGatewayChangesMonitored,
  cloudwatchRouteTableChangesMonitored,
  cloudwatchVpcChangesMonitored,
  cloudwatchOrganizationsChangesMonitored,
  cloudwatchAlarmNotifiesSubscribers,
  ec2InstanceProfileAttached,
  ec2EbsEncryptionByDefaultEnabled,
  ec2EbsVolumeEncrypted,
  ec2SecurityGroupCifsRestricted,
  ec2NetworkAclAdminPortsRestricted,
  ec2SecurityGroupAdminPortsIpv4Restricted,
  ec2SecurityGroupAdminPortsIpv6Restricted,
  ec2DefaultSecurityGroupRestricted,
  ec2InstanceImdsv2Required,
  vpcFlowLogsEnabled,
  s3BucketPolicyDeniesHttp,
  s3BucketDefaultEncryptionEnabled,
  s3BucketMfaDeleteEnabled,
  s3BucketPublicAccessBlocked,
  s3BucketPolicyNotPublic,
  s3TrailBucketAccessLoggingEnabled,
  rdsInstanceStorageEncrypted,
  rdsInstanceAutoMinorVersionUpgradeEnabled,
  rdsInstanceNotPubliclyAccessible,
  rdsInstanceMultiAzEnabled,
  efsFileSystemEncrypted,
  kmsKeyRotationEnabled,
  kmsKeyPolicyNotPublic,
  lambdaFunctionEnvNoSecrets,
  lambdaFunctionPolicyNotPublic,
  ecsTaskDefinitionEnvNoSecrets,
  sqsQueuePolicyNotPublic,
  snsTopicPolicyNotPublic,
  s3AccountPublicAccessBlocked,
  opensearchDomainEncryptedAtRest,
  opensearchDomainInVpc,
  opensearchDomainNodeToNodeEncrypted,
  opensearchDomainErrorLogsToCloudwatch,
  opensearchDomainAuditLoggingEnabled,
  opensearchDomainThreeDataNodes,
  opensearchDomainThreeDedicatedMasters,
  opensearchDomainFineGrainedAccessEnabled,
  opensearchDomainLatestTlsPolicy,
  opensearchDomainSoftwareUpToDate,
  ecsTaskDefinitionHostModeNonRoot,
  ecsTaskDefinitionPidModeNotHost,
  ecsTaskDefinitionContainersNonPrivileged,
  ecsTaskDefinitionRootFilesystemReadOnly,
  ecsTaskDefinitionLoggingConfigured,
  ecrRepositoryTagImmutable,
  ecrRepositoryLifecyclePolicySet,
  ecrRepositoryImageScanningEnabled,
];

export function findCheck(id: string): CheckDefinition | undefined {
  return checks.find((check) => check.id === id);
}
