import { defineCheck } from '../../model/check-definition.js';
import { judgeVpcEndpointPresence } from './vpc-endpoint-presence.js';

/**
 * FSBP EC2.57: every VPC of the account has an interface endpoint for com.amazonaws.<region>.ssm, so
 * Systems Manager API calls from the VPC stay on the AWS network instead of crossing the internet.
 */
export const vpcSsmEndpointConfigured = defineCheck({
  id: 'vpc-ssm-endpoint-configured',
  title: 'VPCs have an interface endpoint for Systems Manager',
  service: 'vpc',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpcs', 'ec2.vpcEndpoints'],
  compliance: { 'aws-fsbp': ['EC2.57'] },
  remediation: {
    text: 'Create an interface VPC endpoint for com.amazonaws.<region>.ssm in the VPC, with private DNS, in the subnets whose workloads call Systems Manager.',
    cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.ssm --subnet-ids <subnet-ids> --private-dns-enabled',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
  },
  evaluate: (ctx) => judgeVpcEndpointPresence(ctx, 'ssm', 'Systems Manager', 'Interface'),
});
