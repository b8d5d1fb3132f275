import type { AccessAnalyzer } from './accessanalyzer.js';
import type { AccountSecurityContact } from './account.js';
import type { CloudTrailTrail } from './cloudtrail.js';
import type { CloudWatchMetricAlarm } from './cloudwatch.js';
import type { ConfigAggregator, ConfigRecorder } from './config.js';
import type {
  Ec2EbsEncryptionByDefault,
  Ec2FlowLog,
  Ec2Instance,
  Ec2InstanceMetadataDefaults,
  Ec2NetworkAcl,
  Ec2SecurityGroup,
  Ec2Volume,
  Ec2Vpc,
} from './ec2.js';
import type { EcrRegistryScanning, EcrRepository } from './ecr.js';
import type { EcsTaskDefinition } from './ecs.js';
import type { EfsFileSystem } from './efs.js';
import type {
  CredentialReport,
  IamAccountSummary,
  IamAuthorization,
  IamPasswordPolicy,
  IamServerCertificate,
  IamVirtualMfaDevice,
} from './iam.js';
import type { KmsKey } from './kms.js';
import type { LambdaFunction } from './lambda.js';
import type { LogsLogGroupSubscriptions, LogsMetricFilter } from './logs.js';
import type { OpensearchDomain } from './opensearch.js';
import type { RdsInstance } from './rds.js';
import type { S3Bucket, S3PublicAccessBlock } from './s3.js';
import type { SecurityHubHub } from './securityhub.js';
import type { SnsTopic } from './sns.js';
import type { SqsQueue } from './sqs.js';

/**
 * The inventory slices a check can `require`. Collectors in @orgscan/aws produce exactly these shapes.
 * Global slices are collected once per account, regional slices once per enabled region.
 * Names are `<service>.<what>`; a slice keeps only the normalized fields checks read.
 */
export interface GlobalSlices {
  'iam.accountSummary': IamAccountSummary;
  'iam.passwordPolicy': IamPasswordPolicy | null;
  'iam.credentialReport': CredentialReport;
  'iam.accountAliases': readonly string[];
  'iam.authorization': IamAuthorization;
  /** Virtual MFA devices that are assigned, to users or to the root user. */
  'iam.virtualMfaDevices': readonly IamVirtualMfaDevice[];
  'iam.serverCertificates': readonly IamServerCertificate[];
  'account.securityContact': AccountSecurityContact;
  /** Every bucket of the account, each read in its own region. */
  's3.buckets': readonly S3Bucket[];
  /** The account-level Block Public Access (S3 Control); null when never configured. */
  's3control.publicAccessBlock': S3PublicAccessBlock | null;
}

export interface RegionalSlices {
  /** Trails homed in the region, with status and event selectors. */
  'cloudtrail.trails': readonly CloudTrailTrail[];
  /** Every metric filter of every log group in the region. */
  'logs.metricFilters': readonly LogsMetricFilter[];
  /** Subscription filters of the log groups that trails homed in the region deliver to. */
  'logs.subscriptionFilters': readonly LogsLogGroupSubscriptions[];
  /** Metric alarms (not composite alarms). */
  'cloudwatch.alarms': readonly CloudWatchMetricAlarm[];
  'sns.topics': readonly SnsTopic[];
  'accessanalyzer.analyzers': readonly AccessAnalyzer[];
  'config.recorders': readonly ConfigRecorder[];
  'config.aggregators': readonly ConfigAggregator[];
  /** null when the account is not subscribed to Security Hub in the region. */
  'securityhub.hub': SecurityHubHub | null;
  /** EBS encryption by default, the account's setting in the region. */
  'ec2.ebsEncryptionByDefault': Ec2EbsEncryptionByDefault;
  'ec2.volumes': readonly Ec2Volume[];
  /** Instances that are not terminated. */
  'ec2.instances': readonly Ec2Instance[];
  'ec2.instanceMetadataDefaults': Ec2InstanceMetadataDefaults;
  'ec2.securityGroups': readonly Ec2SecurityGroup[];
  'ec2.networkAcls': readonly Ec2NetworkAcl[];
  /** VPCs the account owns. */
  'ec2.vpcs': readonly Ec2Vpc[];
  'ec2.flowLogs': readonly Ec2FlowLog[];
  'kms.keys': readonly KmsKey[];
  'rds.instances': readonly RdsInstance[];
  'efs.fileSystems': readonly EfsFileSystem[];
  'lambda.functions': readonly LambdaFunction[];
  /** ACTIVE task definition revisions. */
  'ecs.taskDefinitions': readonly EcsTaskDefinition[];
  'sqs.queues': readonly SqsQueue[];
  /** Every OpenSearch Service domain (OpenSearch and legacy Elasticsearch engines); empty: none. */
  'opensearch.domains': readonly OpensearchDomain[];
  /** Private ECR repositories; empty: none. */
  'ecr.repositories': readonly EcrRepository[];
  /** The private registry's scanning configuration in the region. */
  'ecr.registryScanning': EcrRegistryScanning;
}

export type GlobalSliceName = keyof GlobalSlices;
export type RegionalSliceName = keyof RegionalSlices;
export type SliceName = GlobalSliceName | RegionalSliceName;
export type SliceValue<K extends SliceName> = K extends GlobalSliceName
  ? GlobalSlices[K]
  : K extends RegionalSliceName
    ? RegionalSlices[K]
    : never;

/** Why a slice could not be read: the AWS error code (AccessDenied, Throttling, ...) and the operation. */
export interface SliceError {
  readonly code: string;
  readonly message: string;
  readonly operation: string;
  /**
   * True when the data does not exist by fact (the service is not offered in the region): checks reading
   * the slice report SKIPPED there instead of ERROR.
   */
  readonly notApplicable?: boolean;
}

export type SliceResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: SliceError };

export type GlobalInventory = { readonly [K in GlobalSliceName]?: SliceResult<GlobalSlices[K]> };
export type RegionalInventory = { readonly [K in RegionalSliceName]?: SliceResult<RegionalSlices[K]> };

/** Everything collected for one account in one scan. Only enabled regions appear in `regions`. */
export interface AccountInventory {
  readonly global: GlobalInventory;
  readonly regions: Readonly<Record<string, RegionalInventory>>;
}

/**
 * Where each slice lives, at run time. Typed so that a slice added to one of the interfaces above
 * without an entry here does not compile.
 */
export const SLICE_SCOPE: { readonly [K in GlobalSliceName]: 'global' } & {
  readonly [K in RegionalSliceName]: 'regional';
} = {
  'iam.accountSummary': 'global',
  'iam.passwordPolicy': 'global',
  'iam.credentialReport': 'global',
  'iam.accountAliases': 'global',
  'iam.authorization': 'global',
  'iam.virtualMfaDevices': 'global',
  'iam.serverCertificates': 'global',
  'account.securityContact': 'global',
  's3.buckets': 'global',
  's3control.publicAccessBlock': 'global',
  'cloudtrail.trails': 'regional',
  'logs.metricFilters': 'regional',
  'logs.subscriptionFilters': 'regional',
  'cloudwatch.alarms': 'regional',
  'sns.topics': 'regional',
  'accessanalyzer.analyzers': 'regional',
  'config.recorders': 'regional',
  'config.aggregators': 'regional',
  'securityhub.hub': 'regional',
  'ec2.ebsEncryptionByDefault': 'regional',
  'ec2.volumes': 'regional',
  'ec2.instances': 'regional',
  'ec2.instanceMetadataDefaults': 'regional',
  'ec2.securityGroups': 'regional',
  'ec2.networkAcls': 'regional',
  'ec2.vpcs': 'regional',
  'ec2.flowLogs': 'regional',
  'kms.keys': 'regional',
  'rds.instances': 'regional',
  'efs.fileSystems': 'regional',
  'lambda.functions': 'regional',
  'ecs.taskDefinitions': 'regional',
  'sqs.queues': 'regional',
  'opensearch.domains': 'regional',
  'ecr.repositories': 'regional',
  'ecr.registryScanning': 'regional',
};

export function isGlobalSlice(name: SliceName): name is GlobalSliceName {
  return SLICE_SCOPE[name] === 'global';
}

export function sliceOk<T>(value: T): SliceResult<T> {
  return { ok: true, value };
}

export function sliceFailed<T = never>(error: SliceError): SliceResult<T> {
  return { ok: false, error };
}
