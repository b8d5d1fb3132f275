import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';

/** The largest page DescribeSubnets accepts. */
const MAX_RESULTS = 1000;

export const ec2SubnetsCollector: RegionalCollector<'ec2.subnets'> = {
  slice: 'ec2.subnets',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeSubnetsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return (
      pages
        .flatMap((page) => page.Subnets ?? [])
        // A subnet shared into the account (VPC sharing) is configured by its owner: judge it there only.
        .filter(
          (subnet) =>
            subnet.SubnetId &&
            subnet.VpcId &&
            (subnet.OwnerId === undefined || subnet.OwnerId === ctx.accountId),
        )
        .map((subnet) => ({
          arn: subnet.SubnetArn ?? ec2Arn(ctx, `subnet/${subnet.SubnetId}`),
          id: subnet.SubnetId!,
          vpcId: subnet.VpcId!,
          defaultForAz: subnet.DefaultForAz === true,
          mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch === true,
          assignIpv6AddressOnCreation: subnet.AssignIpv6AddressOnCreation === true,
        }))
    );
  },
};
