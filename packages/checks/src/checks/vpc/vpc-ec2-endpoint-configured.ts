import { defineCheck } from '../../model/check-definition.js';
import { judgeVpcEndpointPresence } from './vpc-endpoint-presence.js';

/**
 * FSBP EC2.10: every VPC of the account has a VPC endpoint for com.amazonaws.<region>.ec2, so
 * Amazon EC2 API calls from the VPC stay on the AWS network instead of crossing the internet.
 */
export const vpcEc2EndpointConfigured = defineCheck({
  id: 'vpc-ec2-endpoint-configured',
  title: 'VPCs reach the Amazon EC2 API through a VPC endpoint',
  service: 'vpc',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpcs', 'ec2.vpcEndpoints'],
  compliance: { 'aws-fsbp': ['EC2.10'] },
  remediation: {
    text: 'Create an interface VPC endpoint for com.amazonaws.<region>.ec2 in the VPC, with private DNS, in the subnets whose workloads call Amazon EC2.',
    cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.ec2 --subnet-ids <subnet-ids> --private-dns-enabled',
    url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
  },
  evaluate: (ctx) => judgeVpcEndpointPresence(ctx, 'ec2', 'Amazon EC2'),
});
