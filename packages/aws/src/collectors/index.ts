import type { GlobalSliceName, RegionalSliceName } from '@orgscan/checks';
import type { GlobalCollector, RegionalCollector } from './collector.js';

/**
 * One collector per inventory slice, typed so a slice without a collector does not compile. Each is loaded
 * on first use (with its SDK client package), so a scan, process or test loads only what it collects.
 */
export const globalCollectors: { readonly [K in GlobalSliceName]: () => Promise<GlobalCollector<K>> } = {
  'iam.accountSummary': async () => (await import('./iam.js')).iamAccountSummaryCollector,
  'iam.passwordPolicy': async () => (await import('./iam.js')).iamPasswordPolicyCollector,
  'iam.credentialReport': async () => (await import('./iam.js')).iamCredentialReportCollector,
  'iam.accountAliases': async () => (await import('./iam-authorization.js')).iamAccountAliasesCollector,
  'iam.authorization': async () => (await import('./iam-authorization.js')).iamAuthorizationCollector,
  'iam.virtualMfaDevices': async () => (await import('./iam-authorization.js')).iamVirtualMfaDevicesCollector,
  'iam.serverCertificates': async () =>
    (await import('./iam-authorization.js')).iamServerCertificatesCollector,
  'account.securityContact': async () => (await import('./account.js')).accountSecurityContactCollector,
  's3.buckets': async () => (await import('./s3.js')).s3BucketsCollector,
  's3control.publicAccessBlock': async () =>
    (await import('./s3control.js')).s3ControlPublicAccessBlockCollector,
};

export const regionalCollectors: {
  readonly [K in RegionalSliceName]: () => Promise<RegionalCollector<K>>;
} = {
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
  'opensearch.domains': async () => (await import('./opensearch.js')).opensearchDomainsCollector,
  'ecr.repositories': async () => (await import('./ecr.js')).ecrRepositoriesCollector,
  'ecr.registryScanning': async () => (await import('./ecr.js')).ecrRegistryScanningCollector,
};
