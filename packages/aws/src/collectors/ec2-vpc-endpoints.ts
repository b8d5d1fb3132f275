import { DescribeVpcEndpointsCommand } from '@aws-sdk/client-ec2';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** The largest page DescribeVpcEndpoints accepts. */
const MAX_RESULTS = 1000;

export const ec2VpcEndpointsCollector: RegionalCollector<'ec2.vpcEndpoints'> = {
  slice: 'ec2.vpcEndpoints',
  async collect({ api, region }) {
    const pages = await allPages(
      (token) =>
        api.call(
          region,
          'ec2',
          new DescribeVpcEndpointsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.VpcEndpoints ?? [])
      .filter((endpoint) => endpoint.VpcEndpointId && endpoint.VpcId && endpoint.ServiceName)
      .map((endpoint) => ({
        id: endpoint.VpcEndpointId!,
        vpcId: endpoint.VpcId!,
        serviceName: endpoint.ServiceName!,
        type: endpoint.VpcEndpointType ?? 'unknown',
        // The SDK declares 'Available', EC2 has been seen answering 'available': one spelling for checks.
        state: (endpoint.State ?? 'unknown').toLowerCase(),
      }));
  },
};
