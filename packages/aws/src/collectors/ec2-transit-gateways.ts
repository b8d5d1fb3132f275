import { DescribeTransitGatewaysCommand } from '@aws-sdk/client-ec2';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';

/** The largest page DescribeTransitGateways accepts. */
const MAX_RESULTS = 1000;

/** Transit gateways of the region that the account owns and that are not deleted, every page. */
export const ec2TransitGatewaysCollector: RegionalCollector<'ec2.transitGateways'> = {
  slice: 'ec2.transitGateways',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeTransitGatewaysCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return (
      pages
        .flatMap((page) => page.TransitGateways ?? [])
        // A gateway shared through RAM is configured by its owner: judge it there only.
        .filter(
          (gateway) =>
            gateway.TransitGatewayId &&
            gateway.State !== 'deleted' &&
            gateway.State !== 'deleting' &&
            (gateway.OwnerId === undefined || gateway.OwnerId === ctx.accountId),
        )
        .map((gateway) => ({
          arn: gateway.TransitGatewayArn ?? ec2Arn(ctx, `transit-gateway/${gateway.TransitGatewayId}`),
          id: gateway.TransitGatewayId!,
          autoAcceptSharedAttachments: gateway.Options?.AutoAcceptSharedAttachments === 'enable',
        }))
    );
  },
};
