import type { GlobalSliceName, RegionalSliceName } from '@orgscan/checks';
import type { GlobalCollector, RegionalCollector } from './collector.js';

/**
 * Each loader imports its module once and then answers the same promise: collectInventory asks for a
 * regional collector in every region of every account (about 1,500 times per account), and an import() of
 * a module already loaded still goes through the ESM loader — a measurable share of a worker's CPU.
 */
function loadedOnce<Loaders extends Record<string, () => Promise<unknown>>>(loaders: Loaders): Loaders {
  return Object.fromEntries(
    Object.entries(loaders).map(([slice, load]) => {
      let loaded: Promise<unknown> | undefined;
      return [slice, () => (loaded ??= load())];
    }),
  ) as Loaders;
}

/**
 * One collector per inventory slice, typed so a slice without a collector does not compile. Each is loaded
 * on first use (with its SDK client package), so a scan, process or test loads only what it collects.
 */
export const globalCollectors: { readonly [K in GlobalSliceName]: () => Promise<GlobalCollector<K>> } =
  loadedOnce({
    'iam.accountSummary': async () => (await import('./iam.js')).iamAccountSummaryCollector,
    'iam.passwordPolicy': async () => (await import('./iam.js')).iamPasswordPolicyCollector,
    'iam.credentialReport': async () => (await import('./iam.js')).iamCredentialReportCollector,
    'iam.accountAliases': async () => (await import('./iam-authorization.js')).iamAccountAliasesCollector,
    'iam.authorization': async () => (await import('./iam-authorization.js')).iamAuthorizationCollector,
    'iam.virtualMfaDevices': async () =>
      (await import('./iam-authorization.js')).iamVirtualMfaDevicesCollector,
    'iam.serverCertificates': async () =>
      (await import('./iam-authorization.js')).iamServerCertificatesCollector,
    'account.securityContact': async () => (await import('./account.js')).accountSecurityContactCollector,
    's3.buckets': async () => (await import('./s3.js')).s3BucketsCollector,
    's3control.publicAccessBlock': async () =>
      (await import('./s3control.js')).s3ControlPublicAccessBlockCollector,
    'cloudfront.distributions': async () =>
      (await import('./cloudfront.js')).cloudFrontDistributionsCollector,
    'iam.instanceProfiles': async () =>
      (await import('./iam-instance-profiles.js')).iamInstanceProfilesCollector,
  });

export const regionalCollectors: {
  readonly [K in RegionalSliceName]: () => Promise<RegionalCollector<K>>;
} = loadedOnce({
  'cloudtrail.trails': async () => (await import('./cloudtrail.js')).cloudTrailTrailsCollector,
  'accessanalyzer.analyzers': async () =>
    (await import('./accessanalyzer.js')).accessAnalyzerAnalyzersCollector,
  'config.recorders': async () => (await import('./config.js')).configRecordersCollector,
  'config.aggregators': async () => (await import('./config.js')).configAggregatorsCollector,
  'securityhub.hub': async () => (await import('./securityhub.js')).securityHubHubCollector,
  'logs.metricFilters': async () => (await import('./logs.js')).logsMetricFiltersCollector,
  'logs.subscriptionFilters': async () => (await import('./logs.js')).logsSubscriptionFiltersCollector,
  'cloudwatch.alarms': async () => (await import('./cloudwatch.js')).cloudWatchAlarmsCollector,
  'sns.topics': async () => (await import('./sns.js')).snsTopicsCollector,
  'ec2.ebsEncryptionByDefault': async () => (await import('./ec2.js')).ec2EbsEncryptionByDefaultCollector,
  'ec2.volumes': async () => (await import('./ec2.js')).ec2VolumesCollector,
  'ec2.instances': async () => (await import('./ec2.js')).ec2InstancesCollector,
  'ec2.instanceMetadataDefaults': async () => (await import('./ec2.js')).ec2InstanceMetadataDefaultsCollector,
  'ec2.securityGroups': async () => (await import('./ec2.js')).ec2SecurityGroupsCollector,
  'ec2.networkAcls': async () => (await import('./ec2.js')).ec2NetworkAclsCollector,
  'ec2.vpcs': async () => (await import('./ec2.js')).ec2VpcsCollector,
  'ec2.flowLogs': async () => (await import('./ec2.js')).ec2FlowLogsCollector,
  'kms.keys': async () => (await import('./kms.js')).kmsKeysCollector,
  'rds.instances': async () => (await import('./rds.js')).rdsInstancesCollector,
  'efs.fileSystems': async () => (await import('./efs.js')).efsFileSystemsCollector,
  'lambda.functions': async () => (await import('./lambda.js')).lambdaFunctionsCollector,
  'ecs.taskDefinitions': async () => (await import('./ecs.js')).ecsTaskDefinitionsCollector,
  'sqs.queues': async () => (await import('./sqs.js')).sqsQueuesCollector,
  'ec2.vpcEndpoints': async () => (await import('./ec2-vpc-endpoints.js')).ec2VpcEndpointsCollector,
  'ec2.subnets': async () => (await import('./ec2-subnets.js')).ec2SubnetsCollector,
  'ec2.launchTemplates': async () => (await import('./ec2-launch-templates.js')).ec2LaunchTemplatesCollector,
  'ec2.vpnConnections': async () => (await import('./ec2-vpn.js')).ec2VpnConnectionsCollector,
  'ec2.transitGateways': async () => (await import('./ec2-transit-gateways.js')).ec2TransitGatewaysCollector,
  'ec2.clientVpnEndpoints': async () => (await import('./ec2-vpn.js')).ec2ClientVpnEndpointsCollector,
  'ec2.vpcBlockPublicAccess': async () =>
    (await import('./ec2-vpc-block-public-access.js')).ec2VpcBlockPublicAccessCollector,
  'ec2.snapshots': async () => (await import('./ec2-snapshots.js')).ec2SnapshotsCollector,
  'ec2.networkInterfaces': async () =>
    (await import('./ec2-network-interfaces.js')).ec2NetworkInterfacesCollector,
  'ec2.spotFleetRequests': async () =>
    (await import('./ec2-spot-fleet-requests.js')).ec2SpotFleetRequestsCollector,
  'autoscaling.groups': async () => (await import('./autoscaling.js')).autoscalingGroupsCollector,
  'autoscaling.launchConfigurations': async () =>
    (await import('./autoscaling.js')).autoscalingLaunchConfigurationsCollector,
  'ssm.documents': async () => (await import('./ssm.js')).ssmDocumentsCollector,
  'ssm.serviceSettings': async () => (await import('./ssm.js')).ssmServiceSettingsCollector,
  'ssm.managedInstances': async () => (await import('./ssm.js')).ssmManagedInstancesCollector,
  'ssm.complianceSummaries': async () =>
    (await import('./ssm-compliance.js')).ssmComplianceSummariesCollector,
  'elbv2.loadBalancers': async () => (await import('./elbv2.js')).elbv2LoadBalancersCollector,
  'elb.loadBalancers': async () => (await import('./elb.js')).elbLoadBalancersCollector,
  'acm.certificates': async () => (await import('./acm.js')).acmCertificatesCollector,
  'guardduty.detectors': async () => (await import('./guardduty.js')).guardDutyDetectorsCollector,
  'secretsmanager.secrets': async () => (await import('./secretsmanager.js')).secretsManagerSecretsCollector,
  'rds.clusters': async () => (await import('./rds-clusters.js')).rdsClustersCollector,
  'redshift.clusters': async () => (await import('./redshift.js')).redshiftClustersCollector,
  'rds.eventSubscriptions': async () =>
    (await import('./rds-event-subscriptions.js')).rdsEventSubscriptionsCollector,
  'elasticache.replicationGroups': async () =>
    (await import('./elasticache.js')).elasticacheReplicationGroupsCollector,
  'elasticache.cacheClusters': async () =>
    (await import('./elasticache-cache-clusters.js')).elasticacheCacheClustersCollector,
  'rds.dbSnapshots': async () => (await import('./rds-db-snapshots.js')).rdsDbSnapshotsCollector,
  'rds.clusterSnapshots': async () =>
    (await import('./rds-cluster-snapshots.js')).rdsClusterSnapshotsCollector,
  'rds.proxies': async () => (await import('./rds-proxies.js')).rdsProxiesCollector,
  'opensearch.domains': async () => (await import('./opensearch.js')).opensearchDomainsCollector,
  'ecr.repositories': async () => (await import('./ecr.js')).ecrRepositoriesCollector,
  'ecr.registryScanning': async () => (await import('./ecr.js')).ecrRegistryScanningCollector,
  'eks.clusters': async () => (await import('./eks.js')).eksClustersCollector,
  'dynamodb.tables': async () => (await import('./dynamodb.js')).dynamodbTablesCollector,
  'apigateway.restApis': async () => (await import('./apigateway.js')).apigatewayRestApisCollector,
  'wafv2.webAcls': async () => (await import('./wafv2.js')).wafv2WebAclsCollector,
  'codebuild.projects': async () => (await import('./codebuild.js')).codebuildProjectsCollector,
  'sagemaker.notebookInstances': async () =>
    (await import('./sagemaker.js')).sagemakerNotebookInstancesCollector,
});
