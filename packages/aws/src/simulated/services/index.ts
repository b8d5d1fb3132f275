import type { AwsServiceName } from '../../transport/aws-services.js';
import { simulatedAccessAnalyzer } from './accessanalyzer.js';
import { simulatedAccount } from './account.js';
import { simulatedAcm } from './acm.js';
import { simulatedApigateway } from './apigateway.js';
import { simulatedAutoscaling } from './autoscaling.js';
import { simulatedCloudFront } from './cloudfront.js';
import { simulatedCloudTrail } from './cloudtrail.js';
import { simulatedCloudWatch } from './cloudwatch.js';
import { simulatedCodebuild } from './codebuild.js';
import { simulatedConfig } from './config.js';
import { simulatedDynamodb } from './dynamodb.js';
import { simulatedEc2 } from './ec2.js';
import { simulatedEcr } from './ecr.js';
import { simulatedEcs } from './ecs.js';
import { simulatedEfs } from './efs.js';
import { simulatedEks } from './eks.js';
import { simulatedElasticache } from './elasticache.js';
import { simulatedElb } from './elb.js';
import { simulatedElbv2 } from './elbv2.js';
import { simulatedGuardduty } from './guardduty.js';
import { simulatedIam } from './iam.js';
import { simulatedKms } from './kms.js';
import { simulatedLambda } from './lambda.js';
import { simulatedLogs } from './logs.js';
import { simulatedOpensearch } from './opensearch.js';
import { simulatedOrganizations } from './organizations.js';
import { simulatedRds } from './rds.js';
import { simulatedRedshift } from './redshift.js';
import { simulatedS3 } from './s3.js';
import { simulatedS3Control } from './s3control.js';
import { simulatedSagemaker } from './sagemaker.js';
import { simulatedSecretsmanager } from './secretsmanager.js';
import { simulatedSecurityHub } from './securityhub.js';
import type { SimulatedHandlers } from './simulated-service.js';
import { simulatedSns } from './sns.js';
import { simulatedSqs } from './sqs.js';
import { simulatedSsm } from './ssm.js';
import { simulatedSts } from './sts.js';
import { simulatedWafv2 } from './wafv2.js';

/** The simulated AWS by service; typed so a service in the registry without a simulator does not compile. */
export const SIMULATED_SERVICES: { readonly [K in AwsServiceName]: SimulatedHandlers } = {
  accessanalyzer: simulatedAccessAnalyzer,
  account: simulatedAccount,
  cloudtrail: simulatedCloudTrail,
  cloudwatch: simulatedCloudWatch,
  config: simulatedConfig,
  ec2: simulatedEc2,
  ecs: simulatedEcs,
  efs: simulatedEfs,
  iam: simulatedIam,
  kms: simulatedKms,
  lambda: simulatedLambda,
  logs: simulatedLogs,
  organizations: simulatedOrganizations,
  rds: simulatedRds,
  s3: simulatedS3,
  s3control: simulatedS3Control,
  securityhub: simulatedSecurityHub,
  sns: simulatedSns,
  sqs: simulatedSqs,
  sts: simulatedSts,
  autoscaling: simulatedAutoscaling,
  ssm: simulatedSsm,
  elbv2: simulatedElbv2,
  cloudfront: simulatedCloudFront,
  elb: simulatedElb,
  acm: simulatedAcm,
  guardduty: simulatedGuardduty,
  secretsmanager: simulatedSecretsmanager,
  redshift: simulatedRedshift,
  elasticache: simulatedElasticache,
  opensearch: simulatedOpensearch,
  ecr: simulatedEcr,
  eks: simulatedEks,
  dynamodb: simulatedDynamodb,
  apigateway: simulatedApigateway,
  wafv2: simulatedWafv2,
  codebuild: simulatedCodebuild,
  sagemaker: simulatedSagemaker,
};
