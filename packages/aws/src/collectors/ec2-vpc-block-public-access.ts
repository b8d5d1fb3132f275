import { DescribeVpcBlockPublicAccessOptionsCommand } from '@aws-sdk/client-ec2';
import type { RegionalCollector } from './collector.js';

/** The region's VPC Block Public Access options; an account that never set them has the mode off. */
export const ec2VpcBlockPublicAccessCollector: RegionalCollector<'ec2.vpcBlockPublicAccess'> = {
  slice: 'ec2.vpcBlockPublicAccess',
  async collect({ api, region }) {
    const answer = await api.call(region, 'ec2', new DescribeVpcBlockPublicAccessOptionsCommand({}));
    return {
      internetGatewayBlockMode: answer.VpcBlockPublicAccessOptions?.InternetGatewayBlockMode ?? 'off',
    };
  },
};
