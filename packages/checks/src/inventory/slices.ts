import type { RegionDenial } from '../model/region-denial.js';
import type { AccessAnalyzer } from './accessanalyzer.js';
import type { AccountSecurityContact } from './account.js';
import type { AcmCertificate } from './acm.js';
import type { ApigatewayRestApi } from './apigateway.js';
import type { AutoscalingGroup, AutoscalingLaunchConfiguration } from './autoscaling.js';
import type { CloudFrontDistribution } from './cloudfront.js';
import type { CloudTrailTrail } from './cloudtrail.js';
import type { CloudWatchMetricAlarm } from './cloudwatch.js';
import type { CodebuildProject } from './codebuild.js';
import type { ConfigAggregator, ConfigRecorder } from './config.js';
import type { DynamoDbTable } from './dynamodb.js';
import type {
  Ec2ClientVpnEndpoint,
  Ec2EbsEncryptionByDefault,
  Ec2FlowLog,
  Ec2Instance,
  Ec2InstanceMetadataDefaults,
  Ec2LaunchTemplate,
  Ec2NetworkAcl,
  Ec2NetworkInterface,
  Ec2SecurityGroup,
  Ec2Snapshot,
  Ec2SpotFleetRequest,
  Ec2Subnet,
  Ec2TransitGateway,
  Ec2Volume,
  Ec2Vpc,
  Ec2VpcBlockPublicAccess,
  Ec2VpcEndpoint,
  Ec2VpnConnection,
} from './ec2.js';
import type { EcrRegistryScanning, EcrRepository } from './ecr.js';
import type { EcsTaskDefinition } from './ecs.js';
import type { EfsFileSystem } from './efs.js';
import type { EksCluster } from './eks.js';
import type { ElasticacheCacheCluster, ElasticacheReplicationGroup } from './elasticache.js';
import type { ElbLoadBalancer } from './elb.js';
import type { Elbv2LoadBalancer } from './elbv2.js';
import type { GuardDutyDetector } from './guardduty.js';
import type {
  CredentialReport,
  IamAccountSummary,
  IamAuthorization,
  IamInstanceProfile,
  IamPasswordPolicy,
  IamServerCertificate,
  IamVirtualMfaDevice,
} from './iam.js';
import type { KmsKey } from './kms.js';
import type { LambdaFunction } from './lambda.js';
import type { LogsLogGroupSubscriptions, LogsMetricFilter } from './logs.js';
import type { OpensearchDomain } from './opensearch.js';
import type { RdsCluster, RdsEventSubscription, RdsInstance, RdsProxy, RdsSnapshot } from './rds.js';
import type { RedshiftCluster } from './redshift.js';
import type { S3Bucket, S3PublicAccessBlock } from './s3.js';
import type { SagemakerNotebookInstance } from './sagemaker.js';
import type { SecretsManagerSecret } from './secretsmanager.js';
import type { SecurityHubHub } from './securityhub.js';
import type { SnsTopic } from './sns.js';
import type { SqsQueue } from './sqs.js';
import type { SsmComplianceSummary, SsmDocument, SsmManagedInstance, SsmServiceSettings } from './ssm.js';
import type { Wafv2WebAcl } from './wafv2.js';

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
  /** Every CloudFront distribution of the account (a global service), each with its configuration. */
  'cloudfront.distributions': readonly CloudFrontDistribution[];
  /** Instance profiles of the account and the roles they hold (none: no profiles). */
  'iam.instanceProfiles': readonly IamInstanceProfile[];
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
  'ec2.vpcEndpoints': readonly Ec2VpcEndpoint[];
  /** Subnets the account owns. */
  'ec2.subnets': readonly Ec2Subnet[];
  /** Launch templates, each with its default version. */
  'ec2.launchTemplates': readonly Ec2LaunchTemplate[];
  /** Site-to-Site VPN connections that are not deleted, with their tunnels. */
  'ec2.vpnConnections': readonly Ec2VpnConnection[];
  /** Transit gateways the account owns that are not deleted. */
  'ec2.transitGateways': readonly Ec2TransitGateway[];
  'ec2.clientVpnEndpoints': readonly Ec2ClientVpnEndpoint[];
  'ec2.vpcBlockPublicAccess': Ec2VpcBlockPublicAccess;
  /** EBS snapshots the account owns, each with who may restore it. */
  'ec2.snapshots': readonly Ec2Snapshot[];
  /** Network interfaces the account owns. */
  'ec2.networkInterfaces': readonly Ec2NetworkInterface[];
  /** Spot Fleet requests that have not ended. */
  'ec2.spotFleetRequests': readonly Ec2SpotFleetRequest[];
  /** Auto Scaling groups of the region. */
  'autoscaling.groups': readonly AutoscalingGroup[];
  /** Launch configurations of the region, whether a group uses them or not. */
  'autoscaling.launchConfigurations': readonly AutoscalingLaunchConfiguration[];
  /** SSM documents the account owns, each with who it is shared with. */
  'ssm.documents': readonly SsmDocument[];
  'ssm.serviceSettings': SsmServiceSettings;
  /** Nodes Systems Manager manages in the region. */
  'ssm.managedInstances': readonly SsmManagedInstance[];
  /** Patch and association compliance of the managed nodes. */
  'ssm.complianceSummaries': readonly SsmComplianceSummary[];
  /** Application, Network and Gateway Load Balancers with attributes and listeners; empty: none. */
  'elbv2.loadBalancers': readonly Elbv2LoadBalancer[];
  /** Classic Load Balancers with listeners, attributes and SSL negotiation policies; empty: none. */
  'elb.loadBalancers': readonly ElbLoadBalancer[];
  /** ACM certificates of every key type; empty: none. */
  'acm.certificates': readonly AcmCertificate[];
  /** The region's GuardDuty detector (at most one); empty: GuardDuty was never enabled there. */
  'guardduty.detectors': readonly GuardDutyDetector[];
  /** Secrets of the region, as ListSecrets describes them (rotation, use and age dates); empty: none. */
  'secretsmanager.secrets': readonly SecretsManagerSecret[];
  /** DB clusters (Aurora, Multi-AZ DB clusters, Neptune, DocumentDB); empty: none in the region. */
  'rds.clusters': readonly RdsCluster[];
  /** Provisioned Redshift clusters; empty: none in the region. */
  'redshift.clusters': readonly RedshiftCluster[];
  /** RDS event notification subscriptions; empty: the region has none. */
  'rds.eventSubscriptions': readonly RdsEventSubscription[];
  /** Redis OSS and Valkey replication groups; empty: none in the region. */
  'elasticache.replicationGroups': readonly ElasticacheReplicationGroup[];
  /** Cache clusters, stand-alone and replication group members; empty: none in the region. */
  'elasticache.cacheClusters': readonly ElasticacheCacheCluster[];
  /** DB snapshots the account owns (manual, automated, AWS Backup); empty: none in the region. */
  'rds.dbSnapshots': readonly RdsSnapshot[];
  /** DB cluster snapshots the account owns; empty: none in the region. */
  'rds.clusterSnapshots': readonly RdsSnapshot[];
  /** RDS Proxies; empty: none in the region. */
  'rds.proxies': readonly RdsProxy[];
  /** Every OpenSearch Service domain (OpenSearch and legacy Elasticsearch engines); empty: none. */
  'opensearch.domains': readonly OpensearchDomain[];
  /** Private ECR repositories; empty: none. */
  'ecr.repositories': readonly EcrRepository[];
  /** The private registry's scanning configuration in the region. */
  'ecr.registryScanning': EcrRegistryScanning;
  /** EKS clusters, each with its DescribeCluster settings; empty: none. */
  'eks.clusters': readonly EksCluster[];
  /** DynamoDB tables, each with deletion protection and point-in-time recovery; empty: none. */
  'dynamodb.tables': readonly DynamoDbTable[];
  /** The region's REST APIs (API Gateway v1) with their stages; empty when the region has none. */
  'apigateway.restApis': readonly ApigatewayRestApi[];
  /**
   * The region's AWS WAF (v2) web ACLs of scope REGIONAL, and in us-east-1 also those of scope CLOUDFRONT
   * (AWS manages CloudFront's web ACLs there); empty when there are none.
   */
  'wafv2.webAcls': readonly Wafv2WebAcl[];
  /** The region's CodeBuild build projects; empty: the region has none. */
  'codebuild.projects': readonly CodebuildProject[];
  /** The region's SageMaker notebook instances; empty: the region has none. */
  'sagemaker.notebookInstances': readonly SagemakerNotebookInstance[];
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

/**
 * Everything collected for one account in one scan. Only enabled regions the scan could read appear in
 * `regions`: a region an organization policy denies is listed in `deniedByPolicy` instead, so no check
 * evaluates it and account-wide checks judge from the regions that were read.
 */
export interface AccountInventory {
  readonly global: GlobalInventory;
  readonly regions: Readonly<Record<string, RegionalInventory>>;
  /** Regions where every call answered a denial by an organization policy (absent: none). */
  readonly deniedByPolicy?: readonly RegionDenial[];
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
  'cloudfront.distributions': 'global',
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
  'ec2.vpcEndpoints': 'regional',
  'ec2.subnets': 'regional',
  'ec2.launchTemplates': 'regional',
  'ec2.vpnConnections': 'regional',
  'ec2.transitGateways': 'regional',
  'ec2.clientVpnEndpoints': 'regional',
  'ec2.vpcBlockPublicAccess': 'regional',
  'ec2.snapshots': 'regional',
  'ec2.networkInterfaces': 'regional',
  'ec2.spotFleetRequests': 'regional',
  'autoscaling.groups': 'regional',
  'autoscaling.launchConfigurations': 'regional',
  'ssm.documents': 'regional',
  'ssm.serviceSettings': 'regional',
  'ssm.managedInstances': 'regional',
  'ssm.complianceSummaries': 'regional',
  'elbv2.loadBalancers': 'regional',
  'elb.loadBalancers': 'regional',
  'acm.certificates': 'regional',
  'iam.instanceProfiles': 'global',
  'guardduty.detectors': 'regional',
  'secretsmanager.secrets': 'regional',
  'rds.clusters': 'regional',
  'redshift.clusters': 'regional',
  'rds.eventSubscriptions': 'regional',
  'elasticache.replicationGroups': 'regional',
  'elasticache.cacheClusters': 'regional',
  'rds.dbSnapshots': 'regional',
  'rds.clusterSnapshots': 'regional',
  'rds.proxies': 'regional',
  'opensearch.domains': 'regional',
  'ecr.repositories': 'regional',
  'ecr.registryScanning': 'regional',
  'eks.clusters': 'regional',
  'dynamodb.tables': 'regional',
  'apigateway.restApis': 'regional',
  'wafv2.webAcls': 'regional',
  'codebuild.projects': 'regional',
  'sagemaker.notebookInstances': 'regional',
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
