import { type Static, Type } from '@sinclair/typebox';
import { AcmStateSchema } from './acm-state.js';
import { ApigatewayStateSchema } from './apigateway-state.js';
import { AutoscalingStateSchema } from './autoscaling-state.js';
import { CloudFrontStateSchema } from './cloudfront-state.js';
import { CodebuildStateSchema } from './codebuild-state.js';
import { DataStateSchema } from './data-state.js';
import { DynamodbStateSchema } from './dynamodb-state.js';
import { Ec2StateSchema } from './ec2-state.js';
import { EcrStateSchema } from './ecr-state.js';
import { EksStateSchema } from './eks-state.js';
import { ElasticacheStateSchema } from './elasticache-state.js';
import { ElbStateSchema } from './elb-state.js';
import { Elbv2StateSchema } from './elbv2-state.js';
import { GovernanceStateSchema } from './governance-state.js';
import { GuarddutyStateSchema } from './guardduty-state.js';
import { LoggingStateSchema } from './logging-state.js';
import { NetworkStateSchema } from './network-state.js';
import { OpensearchStateSchema } from './opensearch-state.js';
import { RdsStateSchema } from './rds-state.js';
import { RedshiftStateSchema } from './redshift-state.js';
import { SagemakerStateSchema } from './sagemaker-state.js';
import { SecretsmanagerStateSchema } from './secretsmanager-state.js';
import { SsmStateSchema } from './ssm-state.js';
import { Wafv2StateSchema } from './wafv2-state.js';

/** What an account has configured beyond IAM basics, by area. An absent area means nothing configured. */
export const AccountServicesSchema = Type.Object(
  {
    logging: Type.Optional(LoggingStateSchema),
    network: Type.Optional(NetworkStateSchema),
    data: Type.Optional(DataStateSchema),
    governance: Type.Optional(GovernanceStateSchema),
    apigateway: Type.Optional(ApigatewayStateSchema),
    wafv2: Type.Optional(Wafv2StateSchema),
    sagemaker: Type.Optional(SagemakerStateSchema),
    codebuild: Type.Optional(CodebuildStateSchema),
    ssm: Type.Optional(SsmStateSchema),
    autoscaling: Type.Optional(AutoscalingStateSchema),
    /** EC2 beyond the VPC basics of `network`: subnets, VPC endpoints, launch templates, VPN, snapshots, ... */
    ec2: Type.Optional(Ec2StateSchema),
    elb: Type.Optional(ElbStateSchema),
    elbv2: Type.Optional(Elbv2StateSchema),
    cloudfront: Type.Optional(CloudFrontStateSchema),
    acm: Type.Optional(AcmStateSchema),
    secretsmanager: Type.Optional(SecretsmanagerStateSchema),
    guardduty: Type.Optional(GuarddutyStateSchema),
    elasticache: Type.Optional(ElasticacheStateSchema),
    redshift: Type.Optional(RedshiftStateSchema),
    rds: Type.Optional(RdsStateSchema),
    ecr: Type.Optional(EcrStateSchema),
    eks: Type.Optional(EksStateSchema),
    dynamodb: Type.Optional(DynamodbStateSchema),
    opensearch: Type.Optional(OpensearchStateSchema),
  },
  { additionalProperties: false },
);

export type AccountServices = Static<typeof AccountServicesSchema>;
