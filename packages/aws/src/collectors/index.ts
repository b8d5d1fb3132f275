import type { GlobalSliceName, RegionalSliceName } from '@orgscan/checks';
import { accessAnalyzerAnalyzersCollector } from './accessanalyzer.js';
import { accountSecurityContactCollector } from './account.js';
import { cloudTrailTrailsCollector } from './cloudtrail.js';
import { cloudWatchAlarmsCollector } from './cloudwatch.js';
import type { GlobalCollector, RegionalCollector } from './collector.js';
import { configAggregatorsCollector, configRecordersCollector } from './config.js';
import {
  ec2EbsEncryptionByDefaultCollector,
  ec2FlowLogsCollector,
  ec2InstanceMetadataDefaultsCollector,
  ec2InstancesCollector,
  ec2NetworkAclsCollector,
  ec2SecurityGroupsCollector,
  ec2VolumesCollector,
  ec2VpcsCollector,
} from './ec2.js';
import { ecsTaskDefinitionsCollector } from './ecs.js';
import { efsFileSystemsCollector } from './efs.js';
import {
  iamAccountSummaryCollector,
  iamCredentialReportCollector,
  iamPasswordPolicyCollector,
} from './iam.js';
import {
  iamAccountAliasesCollector,
  iamAuthorizationCollector,
  iamServerCertificatesCollector,
  iamVirtualMfaDevicesCollector,
} from './iam-authorization.js';
import { kmsKeysCollector } from './kms.js';
import { lambdaFunctionsCollector } from './lambda.js';
import { logsMetricFiltersCollector, logsSubscriptionFiltersCollector } from './logs.js';
import { rdsInstancesCollector } from './rds.js';
import { s3BucketsCollector } from './s3.js';
import { s3ControlPublicAccessBlockCollector } from './s3control.js';
import { securityHubHubCollector } from './securityhub.js';
import { snsTopicsCollector } from './sns.js';
import { sqsQueuesCollector } from './sqs.js';

/** One collector per inventory slice; typed so a slice without a collector does not compile. */
export const globalCollectors: { readonly [K in GlobalSliceName]: GlobalCollector<K> } = {
  'iam.accountSummary': iamAccountSummaryCollector,
  'iam.passwordPolicy': iamPasswordPolicyCollector,
  'iam.credentialReport': iamCredentialReportCollector,
  'iam.accountAliases': iamAccountAliasesCollector,
  'iam.authorization': iamAuthorizationCollector,
  'iam.virtualMfaDevices': iamVirtualMfaDevicesCollector,
  'iam.serverCertificates': iamServerCertificatesCollector,
  'account.securityContact': accountSecurityContactCollector,
  's3.buckets': s3BucketsCollector,
  's3control.publicAccessBlock': s3ControlPublicAccessBlockCollector,
};

export const regionalCollectors: { readonly [K in RegionalSliceName]: RegionalCollector<K> } = {
  'cloudtrail.trails': cloudTrailTrailsCollector,
  'accessanalyzer.analyzers': accessAnalyzerAnalyzersCollector,
  'config.recorders': configRecordersCollector,
  'config.aggregators': configAggregatorsCollector,
  'securityhub.hub': securityHubHubCollector,
  'logs.metricFilters': logsMetricFiltersCollector,
  'logs.subscriptionFilters': logsSubscriptionFiltersCollector,
  'cloudwatch.alarms': cloudWatchAlarmsCollector,
  'sns.topics': snsTopicsCollector,
  'ec2.ebsEncryptionByDefault': ec2EbsEncryptionByDefaultCollector,
  'ec2.volumes': ec2VolumesCollector,
  'ec2.instances': ec2InstancesCollector,
  'ec2.instanceMetadataDefaults': ec2InstanceMetadataDefaultsCollector,
  'ec2.securityGroups': ec2SecurityGroupsCollector,
  'ec2.networkAcls': ec2NetworkAclsCollector,
  'ec2.vpcs': ec2VpcsCollector,
  'ec2.flowLogs': ec2FlowLogsCollector,
  'kms.keys': kmsKeysCollector,
  'rds.instances': rdsInstancesCollector,
  'efs.fileSystems': efsFileSystemsCollector,
  'lambda.functions': lambdaFunctionsCollector,
  'ecs.taskDefinitions': ecsTaskDefinitionsCollector,
  'sqs.queues': sqsQueuesCollector,
};
