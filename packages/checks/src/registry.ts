import { accessanalyzerExternalAnalyzerActive } from './checks/accessanalyzer/accessanalyzer-external-analyzer-active.js';
import { accountRootEmailDedicated } from './checks/account/account-root-email-dedicated.js';
import { accountSecurityContactRegistered } from './checks/account/account-security-contact-registered.js';
import { acmCertificateNotExpiring30Days } from './checks/acm/acm-certificate-not-expiring-30-days.js';
import { acmCertificateRsaKey2048Bits } from './checks/acm/acm-certificate-rsa-key-2048-bits.js';
import { apigatewayStageCacheEncrypted } from './checks/apigateway/apigateway-stage-cache-encrypted.js';
import { apigatewayStageClientCertificateSet } from './checks/apigateway/apigateway-stage-client-certificate-set.js';
import { apigatewayStageWafAssociated } from './checks/apigateway/apigateway-stage-waf-associated.js';
import { apigatewayStageXrayTracingEnabled } from './checks/apigateway/apigateway-stage-xray-tracing-enabled.js';
import { autoscalingGroupElbHealthCheckEnabled } from './checks/autoscaling/autoscaling-group-elb-health-check-enabled.js';
import { autoscalingGroupLaunchTemplateUsed } from './checks/autoscaling/autoscaling-group-launch-template-used.js';
import { autoscalingGroupMultiAz } from './checks/autoscaling/autoscaling-group-multi-az.js';
import { autoscalingGroupMultipleInstanceTypes } from './checks/autoscaling/autoscaling-group-multiple-instance-types.js';
import { autoscalingLaunchConfigurationImdsv2Required } from './checks/autoscaling/autoscaling-launch-configuration-imdsv2-required.js';
import { autoscalingLaunchConfigurationPublicIpDisabled } from './checks/autoscaling/autoscaling-launch-configuration-public-ip-disabled.js';
import { cloudfrontDistributionAccessLoggingEnabled } from './checks/cloudfront/cloudfront-distribution-access-logging-enabled.js';
import { cloudfrontDistributionCustomCertificateUsed } from './checks/cloudfront/cloudfront-distribution-custom-certificate-used.js';
import { cloudfrontDistributionDefaultRootObjectConfigured } from './checks/cloudfront/cloudfront-distribution-default-root-object-configured.js';
import { cloudfrontDistributionLambdaOriginAccessControlUsed } from './checks/cloudfront/cloudfront-distribution-lambda-origin-access-control-used.js';
import { cloudfrontDistributionOriginFailoverConfigured } from './checks/cloudfront/cloudfront-distribution-origin-failover-configured.js';
import { cloudfrontDistributionOriginSslProtocolsNotDeprecated } from './checks/cloudfront/cloudfront-distribution-origin-ssl-protocols-not-deprecated.js';
import { cloudfrontDistributionOriginTrafficEncrypted } from './checks/cloudfront/cloudfront-distribution-origin-traffic-encrypted.js';
import { cloudfrontDistributionS3OriginAccessControlUsed } from './checks/cloudfront/cloudfront-distribution-s3-origin-access-control-used.js';
import { cloudfrontDistributionSniUsed } from './checks/cloudfront/cloudfront-distribution-sni-used.js';
import { cloudfrontDistributionTlsPolicyRecommended } from './checks/cloudfront/cloudfront-distribution-tls-policy-recommended.js';
import { cloudfrontDistributionViewerHttpsRequired } from './checks/cloudfront/cloudfront-distribution-viewer-https-required.js';
import { cloudfrontDistributionWafAssociated } from './checks/cloudfront/cloudfront-distribution-waf-associated.js';
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
import { codebuildProjectEnvNoPlaintextAwsCredentials } from './checks/codebuild/codebuild-project-env-no-plaintext-aws-credentials.js';
import { codebuildProjectLoggingEnabled } from './checks/codebuild/codebuild-project-logging-enabled.js';
import { codebuildProjectS3LogsEncrypted } from './checks/codebuild/codebuild-project-s3-logs-encrypted.js';
import { codebuildProjectSourceUrlNoCredentials } from './checks/codebuild/codebuild-project-source-url-no-credentials.js';
import { configRecorderAllResourcesEnabled } from './checks/config/config-recorder-all-resources-enabled.js';
import { configRecorderGlobalResourcesIncluded } from './checks/config/config-recorder-global-resources-included.js';
import { dynamodbTableDeletionProtectionEnabled } from './checks/dynamodb/dynamodb-table-deletion-protection-enabled.js';
import { dynamodbTablePointInTimeRecoveryEnabled } from './checks/dynamodb/dynamodb-table-point-in-time-recovery-enabled.js';
import { ec2ClientVpnConnectionLoggingEnabled } from './checks/ec2/ec2-client-vpn-connection-logging-enabled.js';
import { ec2DefaultSecurityGroupRestricted } from './checks/ec2/ec2-default-security-group-restricted.js';
import { ec2EbsAttachedVolumeEncrypted } from './checks/ec2/ec2-ebs-attached-volume-encrypted.js';
import { ec2EbsEncryptionByDefaultEnabled } from './checks/ec2/ec2-ebs-encryption-by-default-enabled.js';
import { ec2EbsSnapshotNotPublic } from './checks/ec2/ec2-ebs-snapshot-not-public.js';
import { ec2EbsVolumeEncrypted } from './checks/ec2/ec2-ebs-volume-encrypted.js';
import { ec2InstanceImdsv2Required } from './checks/ec2/ec2-instance-imdsv2-required.js';
import { ec2InstanceNoPublicIpv4 } from './checks/ec2/ec2-instance-no-public-ipv4.js';
import { ec2InstanceParavirtualNotUsed } from './checks/ec2/ec2-instance-paravirtual-not-used.js';
import { ec2InstanceProfileAttached } from './checks/ec2/ec2-instance-profile-attached.js';
import { ec2InstanceSingleNetworkInterface } from './checks/ec2/ec2-instance-single-network-interface.js';
import { ec2LaunchTemplateEbsEncrypted } from './checks/ec2/ec2-launch-template-ebs-encrypted.js';
import { ec2LaunchTemplateImdsv2Required } from './checks/ec2/ec2-launch-template-imdsv2-required.js';
import { ec2LaunchTemplatePublicIpDisabled } from './checks/ec2/ec2-launch-template-public-ip-disabled.js';
import { ec2NetworkAclAdminPortsRestricted } from './checks/ec2/ec2-network-acl-admin-ports-restricted.js';
import { ec2NetworkAclAssociated } from './checks/ec2/ec2-network-acl-associated.js';
import { ec2NetworkInterfaceSourceDestCheckEnabled } from './checks/ec2/ec2-network-interface-source-dest-check-enabled.js';
import { ec2SecurityGroupAdminPortsIpv4Restricted } from './checks/ec2/ec2-security-group-admin-ports-ipv4-restricted.js';
import { ec2SecurityGroupAdminPortsIpv6Restricted } from './checks/ec2/ec2-security-group-admin-ports-ipv6-restricted.js';
import { ec2SecurityGroupCifsRestricted } from './checks/ec2/ec2-security-group-cifs-restricted.js';
import { ec2SecurityGroupHighRiskPortsRestricted } from './checks/ec2/ec2-security-group-high-risk-ports-restricted.js';
import { ec2SecurityGroupOnlyAuthorizedPortsOpen } from './checks/ec2/ec2-security-group-only-authorized-ports-open.js';
import { ec2SpotFleetEbsEncrypted } from './checks/ec2/ec2-spot-fleet-ebs-encrypted.js';
import { ec2StoppedInstanceRemovedAfter30Days } from './checks/ec2/ec2-stopped-instance-removed-after-30-days.js';
import { ec2SubnetPublicIpAutoAssignDisabled } from './checks/ec2/ec2-subnet-public-ip-auto-assign-disabled.js';
import { ec2TransitGatewayAutoAcceptDisabled } from './checks/ec2/ec2-transit-gateway-auto-accept-disabled.js';
import { ec2VpcBlockPublicAccessIgwBlocked } from './checks/ec2/ec2-vpc-block-public-access-igw-blocked.js';
import { ec2VpnTunnelLoggingEnabled } from './checks/ec2/ec2-vpn-tunnel-logging-enabled.js';
import { ec2VpnTunnelsUp } from './checks/ec2/ec2-vpn-tunnels-up.js';
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
import { eksClusterAuditLoggingEnabled } from './checks/eks/eks-cluster-audit-logging-enabled.js';
import { eksClusterEndpointNotPublic } from './checks/eks/eks-cluster-endpoint-not-public.js';
import { eksClusterSecretsEncrypted } from './checks/eks/eks-cluster-secrets-encrypted.js';
import { eksClusterVersionSupported } from './checks/eks/eks-cluster-version-supported.js';
import { elasticacheClusterAutoMinorVersionUpgradeEnabled } from './checks/elasticache/elasticache-cluster-auto-minor-version-upgrade-enabled.js';
import { elasticacheClusterDefaultSubnetGroupNotUsed } from './checks/elasticache/elasticache-cluster-default-subnet-group-not-used.js';
import { elasticacheRedisAutomaticBackupsEnabled } from './checks/elasticache/elasticache-redis-automatic-backups-enabled.js';
import { elasticacheReplicationGroupAutomaticFailoverEnabled } from './checks/elasticache/elasticache-replication-group-automatic-failover-enabled.js';
import { elasticacheReplicationGroupEncryptedAtRest } from './checks/elasticache/elasticache-replication-group-encrypted-at-rest.js';
import { elasticacheReplicationGroupEncryptedInTransit } from './checks/elasticache/elasticache-replication-group-encrypted-in-transit.js';
import { elasticacheReplicationGroupRedisAuthEnabled } from './checks/elasticache/elasticache-replication-group-redis-auth-enabled.js';
import { elbLoadBalancerAccessLoggingEnabled } from './checks/elb/elb-load-balancer-access-logging-enabled.js';
import { elbLoadBalancerAcmCertificateUsed } from './checks/elb/elb-load-balancer-acm-certificate-used.js';
import { elbLoadBalancerConnectionDrainingEnabled } from './checks/elb/elb-load-balancer-connection-draining-enabled.js';
import { elbLoadBalancerCrossZoneEnabled } from './checks/elb/elb-load-balancer-cross-zone-enabled.js';
import { elbLoadBalancerDesyncMitigationDefensive } from './checks/elb/elb-load-balancer-desync-mitigation-defensive.js';
import { elbLoadBalancerListenersEncrypted } from './checks/elb/elb-load-balancer-listeners-encrypted.js';
import { elbLoadBalancerMultiAz } from './checks/elb/elb-load-balancer-multi-az.js';
import { elbLoadBalancerTlsPolicyPredefined } from './checks/elb/elb-load-balancer-tls-policy-predefined.js';
import { elbv2AlbDesyncMitigationDefensive } from './checks/elbv2/elbv2-alb-desync-mitigation-defensive.js';
import { elbv2AlbHttpRedirectedToHttps } from './checks/elbv2/elbv2-alb-http-redirected-to-https.js';
import { elbv2AlbInvalidHeadersDropped } from './checks/elbv2/elbv2-alb-invalid-headers-dropped.js';
import { elbv2ListenerEncrypted } from './checks/elbv2/elbv2-listener-encrypted.js';
import { elbv2ListenerTlsPolicyRecommended } from './checks/elbv2/elbv2-listener-tls-policy-recommended.js';
import { elbv2LoadBalancerDeletionProtectionEnabled } from './checks/elbv2/elbv2-load-balancer-deletion-protection-enabled.js';
import { elbv2LoadBalancerMultiAz } from './checks/elbv2/elbv2-load-balancer-multi-az.js';
/** Every check, explicitly. A test keeps this list equal to the check files on disk. */
import { guarddutyDetectorEnabled } from './checks/guardduty/guardduty-detector-enabled.js';
import { guarddutyEc2MalwareProtectionEnabled } from './checks/guardduty/guardduty-ec2-malware-protection-enabled.js';
import { guarddutyEc2RuntimeMonitoringEnabled } from './checks/guardduty/guardduty-ec2-runtime-monitoring-enabled.js';
import { guarddutyEcsRuntimeMonitoringEnabled } from './checks/guardduty/guardduty-ecs-runtime-monitoring-enabled.js';
import { guarddutyEksAuditLogMonitoringEnabled } from './checks/guardduty/guardduty-eks-audit-log-monitoring-enabled.js';
import { guarddutyEksRuntimeMonitoringEnabled } from './checks/guardduty/guardduty-eks-runtime-monitoring-enabled.js';
import { guarddutyLambdaProtectionEnabled } from './checks/guardduty/guardduty-lambda-protection-enabled.js';
import { guarddutyRdsProtectionEnabled } from './checks/guardduty/guardduty-rds-protection-enabled.js';
import { guarddutyRuntimeMonitoringEnabled } from './checks/guardduty/guardduty-runtime-monitoring-enabled.js';
import { guarddutyS3ProtectionEnabled } from './checks/guardduty/guardduty-s3-protection-enabled.js';
import { iamAccessKeyRotated90Days } from './checks/iam/iam-access-key-rotated-90-days.js';
import { iamAccountAliasSet } from './checks/iam/iam-account-alias-set.js';
import { iamAdminAccessViaGroupsOrRoles } from './checks/iam/iam-admin-access-via-groups-or-roles.js';
import { iamCloudshellFullAccessNotAttached } from './checks/iam/iam-cloudshell-full-access-not-attached.js';
import { iamCredentialUnused45DaysDisabled } from './checks/iam/iam-credential-unused-45-days-disabled.js';
import { iamInlinePolicyKmsDecryptAllKeysNotAllowed } from './checks/iam/iam-inline-policy-kms-decrypt-all-keys-not-allowed.js';
import { iamPasswordPolicyLength14 } from './checks/iam/iam-password-policy-length-14.js';
import { iamPasswordPolicyReuse24 } from './checks/iam/iam-password-policy-reuse-24.js';
import { iamPasswordPolicyStrong } from './checks/iam/iam-password-policy-strong.js';
import { iamPolicyFullAdminNotAttached } from './checks/iam/iam-policy-full-admin-not-attached.js';
import { iamPolicyKmsDecryptAllKeysNotAllowed } from './checks/iam/iam-policy-kms-decrypt-all-keys-not-allowed.js';
import { iamPolicyServiceWildcardNotAllowed } from './checks/iam/iam-policy-service-wildcard-not-allowed.js';
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
import { iamUserUnusedCredentialsRemoved } from './checks/iam/iam-user-unused-credentials-removed.js';
import { kmsKeyNotPendingDeletion } from './checks/kms/kms-key-not-pending-deletion.js';
import { kmsKeyPolicyNotPublic } from './checks/kms/kms-key-policy-not-public.js';
import { kmsKeyRotationEnabled } from './checks/kms/kms-key-rotation-enabled.js';
import { lambdaFunctionEnvNoSecrets } from './checks/lambda/lambda-function-env-no-secrets.js';
import { lambdaFunctionPolicyNotPublic } from './checks/lambda/lambda-function-policy-not-public.js';
import { lambdaFunctionRuntimeSupported } from './checks/lambda/lambda-function-runtime-supported.js';
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
import { rdsAuroraClusterCopyTagsToSnapshotEnabled } from './checks/rds/rds-aurora-cluster-copy-tags-to-snapshot-enabled.js';
import { rdsAuroraMysqlClusterAuditLogsExported } from './checks/rds/rds-aurora-mysql-cluster-audit-logs-exported.js';
import { rdsAuroraMysqlClusterBacktrackingEnabled } from './checks/rds/rds-aurora-mysql-cluster-backtracking-enabled.js';
import { rdsAuroraPostgresqlClusterLogsExported } from './checks/rds/rds-aurora-postgresql-cluster-logs-exported.js';
import { rdsClusterAutoMinorVersionUpgradeEnabled } from './checks/rds/rds-cluster-auto-minor-version-upgrade-enabled.js';
import { rdsClusterCustomAdminUsername } from './checks/rds/rds-cluster-custom-admin-username.js';
import { rdsClusterDeletionProtectionEnabled } from './checks/rds/rds-cluster-deletion-protection-enabled.js';
import { rdsClusterEventNotificationsConfigured } from './checks/rds/rds-cluster-event-notifications-configured.js';
import { rdsClusterIamAuthenticationEnabled } from './checks/rds/rds-cluster-iam-authentication-enabled.js';
import { rdsClusterMultiAzEnabled } from './checks/rds/rds-cluster-multi-az-enabled.js';
import { rdsClusterStorageEncrypted } from './checks/rds/rds-cluster-storage-encrypted.js';
import { rdsDefaultPortNotUsed } from './checks/rds/rds-default-port-not-used.js';
import { rdsInstanceAutoMinorVersionUpgradeEnabled } from './checks/rds/rds-instance-auto-minor-version-upgrade-enabled.js';
import { rdsInstanceAutomaticBackupsEnabled } from './checks/rds/rds-instance-automatic-backups-enabled.js';
import { rdsInstanceCopyTagsToSnapshotEnabled } from './checks/rds/rds-instance-copy-tags-to-snapshot-enabled.js';
import { rdsInstanceCustomAdminUsername } from './checks/rds/rds-instance-custom-admin-username.js';
import { rdsInstanceDeletionProtectionEnabled } from './checks/rds/rds-instance-deletion-protection-enabled.js';
import { rdsInstanceEnhancedMonitoringEnabled } from './checks/rds/rds-instance-enhanced-monitoring-enabled.js';
import { rdsInstanceEventNotificationsConfigured } from './checks/rds/rds-instance-event-notifications-configured.js';
import { rdsInstanceIamAuthenticationEnabled } from './checks/rds/rds-instance-iam-authentication-enabled.js';
import { rdsInstanceLogsExported } from './checks/rds/rds-instance-logs-exported.js';
import { rdsInstanceMultiAzEnabled } from './checks/rds/rds-instance-multi-az-enabled.js';
import { rdsInstanceNotPubliclyAccessible } from './checks/rds/rds-instance-not-publicly-accessible.js';
import { rdsInstanceStorageEncrypted } from './checks/rds/rds-instance-storage-encrypted.js';
import { rdsMariadbInstanceLogsExported } from './checks/rds/rds-mariadb-instance-logs-exported.js';
import { rdsMysqlClusterCopyTagsToSnapshotEnabled } from './checks/rds/rds-mysql-cluster-copy-tags-to-snapshot-enabled.js';
import { rdsParameterGroupEventNotificationsConfigured } from './checks/rds/rds-parameter-group-event-notifications-configured.js';
import { rdsPostgresqlClusterCopyTagsToSnapshotEnabled } from './checks/rds/rds-postgresql-cluster-copy-tags-to-snapshot-enabled.js';
import { rdsPostgresqlInstanceLogsExported } from './checks/rds/rds-postgresql-instance-logs-exported.js';
import { rdsProxyTlsRequired } from './checks/rds/rds-proxy-tls-required.js';
import { rdsSecurityGroupEventNotificationsConfigured } from './checks/rds/rds-security-group-event-notifications-configured.js';
import { rdsSnapshotEncrypted } from './checks/rds/rds-snapshot-encrypted.js';
import { rdsSnapshotNotPublic } from './checks/rds/rds-snapshot-not-public.js';
import { rdsSqlserverInstanceLogsExported } from './checks/rds/rds-sqlserver-instance-logs-exported.js';
import { redshiftClusterAuditLoggingEnabled } from './checks/redshift/redshift-cluster-audit-logging-enabled.js';
import { redshiftClusterAutomaticSnapshotsEnabled } from './checks/redshift/redshift-cluster-automatic-snapshots-enabled.js';
import { redshiftClusterCustomAdminUsername } from './checks/redshift/redshift-cluster-custom-admin-username.js';
import { redshiftClusterEncrypted } from './checks/redshift/redshift-cluster-encrypted.js';
import { redshiftClusterEnhancedVpcRoutingEnabled } from './checks/redshift/redshift-cluster-enhanced-vpc-routing-enabled.js';
import { redshiftClusterMajorVersionUpgradeAllowed } from './checks/redshift/redshift-cluster-major-version-upgrade-allowed.js';
import { redshiftClusterMultiAzEnabled } from './checks/redshift/redshift-cluster-multi-az-enabled.js';
import { redshiftClusterNotPubliclyAccessible } from './checks/redshift/redshift-cluster-not-publicly-accessible.js';
import { s3AccountPublicAccessBlocked } from './checks/s3/s3-account-public-access-blocked.js';
import { s3BucketAccessLoggingEnabled } from './checks/s3/s3-bucket-access-logging-enabled.js';
import { s3BucketDefaultEncryptionEnabled } from './checks/s3/s3-bucket-default-encryption-enabled.js';
import { s3BucketMfaDeleteEnabled } from './checks/s3/s3-bucket-mfa-delete-enabled.js';
import { s3BucketPolicyDeniesHttp } from './checks/s3/s3-bucket-policy-denies-http.js';
import { s3BucketPolicyNotPublic } from './checks/s3/s3-bucket-policy-not-public.js';
import { s3BucketPublicAccessBlocked } from './checks/s3/s3-bucket-public-access-blocked.js';
import { s3TrailBucketAccessLoggingEnabled } from './checks/s3/s3-trail-bucket-access-logging-enabled.js';
import { sagemakerNotebookInVpc } from './checks/sagemaker/sagemaker-notebook-in-vpc.js';
import { sagemakerNotebookNoDirectInternetAccess } from './checks/sagemaker/sagemaker-notebook-no-direct-internet-access.js';
import { sagemakerNotebookRootAccessDisabled } from './checks/sagemaker/sagemaker-notebook-root-access-disabled.js';
import { sagemakerNotebookSupportedPlatform } from './checks/sagemaker/sagemaker-notebook-supported-platform.js';
import { secretsmanagerSecretRotated90Days } from './checks/secretsmanager/secretsmanager-secret-rotated-90-days.js';
import { secretsmanagerSecretRotationEnabled } from './checks/secretsmanager/secretsmanager-secret-rotation-enabled.js';
import { secretsmanagerSecretRotationOnSchedule } from './checks/secretsmanager/secretsmanager-secret-rotation-on-schedule.js';
import { secretsmanagerSecretUsed90Days } from './checks/secretsmanager/secretsmanager-secret-used-90-days.js';
import { securityhubHubEnabled } from './checks/securityhub/securityhub-hub-enabled.js';
import { snsTopicPolicyNotPublic } from './checks/sns/sns-topic-policy-not-public.js';
import { sqsQueueEncrypted } from './checks/sqs/sqs-queue-encrypted.js';
import { sqsQueuePolicyNotPublic } from './checks/sqs/sqs-queue-policy-not-public.js';
import { ssmAssociationComplianceCompliant } from './checks/ssm/ssm-association-compliance-compliant.js';
import { ssmAutomationCloudwatchLoggingEnabled } from './checks/ssm/ssm-automation-cloudwatch-logging-enabled.js';
import { ssmDocumentNotPublic } from './checks/ssm/ssm-document-not-public.js';
import { ssmDocumentPublicSharingBlocked } from './checks/ssm/ssm-document-public-sharing-blocked.js';
import { ssmInstanceManaged } from './checks/ssm/ssm-instance-managed.js';
import { ssmPatchComplianceCompliant } from './checks/ssm/ssm-patch-compliance-compliant.js';
import { vpcEc2EndpointConfigured } from './checks/vpc/vpc-ec2-endpoint-configured.js';
import { vpcEcrApiEndpointConfigured } from './checks/vpc/vpc-ecr-api-endpoint-configured.js';
import { vpcEcrDkrEndpointConfigured } from './checks/vpc/vpc-ecr-dkr-endpoint-configured.js';
import { vpcFlowLogsEnabled } from './checks/vpc/vpc-flow-logs-enabled.js';
import { vpcSsmContactsEndpointConfigured } from './checks/vpc/vpc-ssm-contacts-endpoint-configured.js';
import { vpcSsmEndpointConfigured } from './checks/vpc/vpc-ssm-endpoint-configured.js';
import { vpcSsmIncidentsEndpointConfigured } from './checks/vpc/vpc-ssm-incidents-endpoint-configured.js';
import { wafv2WebAclRulesPresent } from './checks/wafv2/wafv2-web-acl-rules-present.js';
import type { CheckDefinition } from './model/check-definition.js';

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
  ec2EbsAttachedVolumeEncrypted,
  ec2StoppedInstanceRemovedAfter30Days,
  ec2InstanceNoPublicIpv4,
  ec2InstanceSingleNetworkInterface,
  ec2InstanceParavirtualNotUsed,
  ec2SecurityGroupOnlyAuthorizedPortsOpen,
  ec2SecurityGroupHighRiskPortsRestricted,
  ec2SubnetPublicIpAutoAssignDisabled,
  vpcEc2EndpointConfigured,
  vpcEcrApiEndpointConfigured,
  vpcEcrDkrEndpointConfigured,
  vpcSsmEndpointConfigured,
  vpcSsmContactsEndpointConfigured,
  vpcSsmIncidentsEndpointConfigured,
  ec2LaunchTemplateImdsv2Required,
  ec2LaunchTemplatePublicIpDisabled,
  ec2LaunchTemplateEbsEncrypted,
  ec2VpnTunnelsUp,
  ec2VpnTunnelLoggingEnabled,
  ec2TransitGatewayAutoAcceptDisabled,
  ec2ClientVpnConnectionLoggingEnabled,
  ec2VpcBlockPublicAccessIgwBlocked,
  ec2EbsSnapshotNotPublic,
  ec2NetworkAclAssociated,
  ec2NetworkInterfaceSourceDestCheckEnabled,
  autoscalingGroupElbHealthCheckEnabled,
  autoscalingGroupMultiAz,
  autoscalingGroupMultipleInstanceTypes,
  autoscalingGroupLaunchTemplateUsed,
  autoscalingLaunchConfigurationImdsv2Required,
  autoscalingLaunchConfigurationPublicIpDisabled,
  ssmDocumentNotPublic,
  ssmAutomationCloudwatchLoggingEnabled,
  ssmDocumentPublicSharingBlocked,
  ssmInstanceManaged,
  ssmPatchComplianceCompliant,
  ssmAssociationComplianceCompliant,
  ec2SpotFleetEbsEncrypted,
  cloudfrontDistributionAccessLoggingEnabled,
  cloudfrontDistributionCustomCertificateUsed,
  cloudfrontDistributionDefaultRootObjectConfigured,
  cloudfrontDistributionLambdaOriginAccessControlUsed,
  cloudfrontDistributionOriginFailoverConfigured,
  cloudfrontDistributionOriginSslProtocolsNotDeprecated,
  cloudfrontDistributionOriginTrafficEncrypted,
  cloudfrontDistributionS3OriginAccessControlUsed,
  cloudfrontDistributionSniUsed,
  cloudfrontDistributionTlsPolicyRecommended,
  cloudfrontDistributionViewerHttpsRequired,
  cloudfrontDistributionWafAssociated,
  elbLoadBalancerAccessLoggingEnabled,
  elbLoadBalancerAcmCertificateUsed,
  elbLoadBalancerConnectionDrainingEnabled,
  elbLoadBalancerCrossZoneEnabled,
  elbLoadBalancerDesyncMitigationDefensive,
  elbLoadBalancerListenersEncrypted,
  elbLoadBalancerMultiAz,
  elbLoadBalancerTlsPolicyPredefined,
  elbv2AlbDesyncMitigationDefensive,
  elbv2AlbHttpRedirectedToHttps,
  elbv2AlbInvalidHeadersDropped,
  elbv2ListenerEncrypted,
  elbv2ListenerTlsPolicyRecommended,
  elbv2LoadBalancerDeletionProtectionEnabled,
  elbv2LoadBalancerMultiAz,
  acmCertificateNotExpiring30Days,
  acmCertificateRsaKey2048Bits,
  kmsKeyNotPendingDeletion,
  iamPasswordPolicyStrong,
  iamUserUnusedCredentialsRemoved,
  iamPolicyServiceWildcardNotAllowed,
  iamPolicyKmsDecryptAllKeysNotAllowed,
  iamInlinePolicyKmsDecryptAllKeysNotAllowed,
  lambdaFunctionRuntimeSupported,
  s3BucketAccessLoggingEnabled,
  sqsQueueEncrypted,
  guarddutyDetectorEnabled,
  guarddutyEksAuditLogMonitoringEnabled,
  guarddutyLambdaProtectionEnabled,
  guarddutyEksRuntimeMonitoringEnabled,
  guarddutyEc2MalwareProtectionEnabled,
  guarddutyRdsProtectionEnabled,
  guarddutyS3ProtectionEnabled,
  guarddutyRuntimeMonitoringEnabled,
  guarddutyEcsRuntimeMonitoringEnabled,
  guarddutyEc2RuntimeMonitoringEnabled,
  secretsmanagerSecretRotationEnabled,
  secretsmanagerSecretRotationOnSchedule,
  secretsmanagerSecretUsed90Days,
  secretsmanagerSecretRotated90Days,
  rdsInstanceEnhancedMonitoringEnabled,
  rdsInstanceDeletionProtectionEnabled,
  rdsInstanceLogsExported,
  rdsInstanceIamAuthenticationEnabled,
  rdsInstanceAutomaticBackupsEnabled,
  rdsInstanceCopyTagsToSnapshotEnabled,
  rdsInstanceCustomAdminUsername,
  rdsPostgresqlInstanceLogsExported,
  rdsSqlserverInstanceLogsExported,
  rdsMariadbInstanceLogsExported,
  rdsClusterDeletionProtectionEnabled,
  rdsClusterIamAuthenticationEnabled,
  rdsAuroraMysqlClusterBacktrackingEnabled,
  rdsClusterMultiAzEnabled,
  rdsAuroraClusterCopyTagsToSnapshotEnabled,
  rdsClusterCustomAdminUsername,
  rdsClusterStorageEncrypted,
  rdsAuroraMysqlClusterAuditLogsExported,
  rdsClusterAutoMinorVersionUpgradeEnabled,
  rdsAuroraPostgresqlClusterLogsExported,
  rdsPostgresqlClusterCopyTagsToSnapshotEnabled,
  rdsMysqlClusterCopyTagsToSnapshotEnabled,
  redshiftClusterNotPubliclyAccessible,
  redshiftClusterAutomaticSnapshotsEnabled,
  redshiftClusterMajorVersionUpgradeAllowed,
  redshiftClusterEnhancedVpcRoutingEnabled,
  redshiftClusterCustomAdminUsername,
  redshiftClusterEncrypted,
  redshiftClusterMultiAzEnabled,
  rdsClusterEventNotificationsConfigured,
  rdsInstanceEventNotificationsConfigured,
  rdsParameterGroupEventNotificationsConfigured,
  rdsSecurityGroupEventNotificationsConfigured,
  elasticacheRedisAutomaticBackupsEnabled,
  elasticacheClusterAutoMinorVersionUpgradeEnabled,
  elasticacheReplicationGroupAutomaticFailoverEnabled,
  elasticacheReplicationGroupEncryptedAtRest,
  elasticacheReplicationGroupEncryptedInTransit,
  elasticacheReplicationGroupRedisAuthEnabled,
  elasticacheClusterDefaultSubnetGroupNotUsed,
  redshiftClusterAuditLoggingEnabled,
  rdsDefaultPortNotUsed,
  rdsSnapshotNotPublic,
  rdsSnapshotEncrypted,
  rdsProxyTlsRequired,
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
  eksClusterEndpointNotPublic,
  eksClusterVersionSupported,
  eksClusterSecretsEncrypted,
  eksClusterAuditLoggingEnabled,
  dynamodbTablePointInTimeRecoveryEnabled,
  dynamodbTableDeletionProtectionEnabled,
  apigatewayStageClientCertificateSet,
  apigatewayStageXrayTracingEnabled,
  apigatewayStageWafAssociated,
  apigatewayStageCacheEncrypted,
  wafv2WebAclRulesPresent,
  codebuildProjectSourceUrlNoCredentials,
  codebuildProjectEnvNoPlaintextAwsCredentials,
  codebuildProjectS3LogsEncrypted,
  codebuildProjectLoggingEnabled,
  sagemakerNotebookNoDirectInternetAccess,
  sagemakerNotebookInVpc,
  sagemakerNotebookRootAccessDisabled,
  sagemakerNotebookSupportedPlatform,
];

export function findCheck(id: string): CheckDefinition | undefined {
  return checks.find((check) => check.id === id);
}
