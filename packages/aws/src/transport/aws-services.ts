import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';

/**
 * The AWS services orgscan talks to, by the short name used in call counts, rate-limit keys and the
 * simulated AWS. Adding a service: add its client here and its operations to the simulator.
 */
export const AWS_SERVICE_CLIENTS = {
  ec2: EC2Client,
  iam: IAMClient,
  organizations: OrganizationsClient,
  sts: STSClient,
} as const;

export type AwsServiceName = keyof typeof AWS_SERVICE_CLIENTS;

/** Services with one global endpoint: calls go to the partition's home region whatever region is asked. */
export const GLOBAL_SERVICES: ReadonlySet<AwsServiceName> = new Set<AwsServiceName>(['iam', 'organizations']);
