import { DescribeNetworkInterfacesCommand } from '@aws-sdk/client-ec2';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';

/** The largest page DescribeNetworkInterfaces accepts. */
const MAX_RESULTS = 1000;

/** The network interfaces of the region the account owns (requester-managed ones included), every page. */
export const ec2NetworkInterfacesCollector: RegionalCollector<'ec2.networkInterfaces'> = {
  slice: 'ec2.networkInterfaces',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeNetworkInterfacesCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return (
      pages
        .flatMap((page) => page.NetworkInterfaces ?? [])
        // An interface another account placed in a shared subnet is that account's to judge.
        .filter(
          (eni) => eni.NetworkInterfaceId && (eni.OwnerId === undefined || eni.OwnerId === ctx.accountId),
        )
        .map((eni) => ({
          arn: ec2Arn(ctx, `network-interface/${eni.NetworkInterfaceId}`),
          id: eni.NetworkInterfaceId!,
          interfaceType: eni.InterfaceType ?? 'interface',
          // AWS leaves SourceDestCheck out for interfaces where it does not apply; the check is on by default.
          sourceDestCheck: eni.SourceDestCheck !== false,
          instanceId: eni.Attachment?.InstanceId ?? null,
        }))
    );
  },
};
