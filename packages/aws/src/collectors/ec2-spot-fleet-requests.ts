import { DescribeSpotFleetRequestsCommand } from '@aws-sdk/client-ec2';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';

/** The largest page DescribeSpotFleetRequests accepts. */
const MAX_RESULTS = 1000;

/** Requests that ended: AWS lists them for 48 hours, but they launch nothing any more. */
const ENDED_STATES = new Set(['cancelled', 'failed']);

/** The region's Spot Fleet requests that have not ended, with the EBS settings of their launch specifications. */
export const ec2SpotFleetRequestsCollector: RegionalCollector<'ec2.spotFleetRequests'> = {
  slice: 'ec2.spotFleetRequests',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeSpotFleetRequestsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.SpotFleetRequestConfigs ?? [])
      .filter(
        (request) => request.SpotFleetRequestId && !ENDED_STATES.has(request.SpotFleetRequestState ?? ''),
      )
      .map((request) => {
        const specifications = request.SpotFleetRequestConfig?.LaunchSpecifications ?? [];
        return {
          arn: ec2Arn(ctx, `spot-fleet-request/${request.SpotFleetRequestId}`),
          id: request.SpotFleetRequestId!,
          launchSpecificationCount: specifications.length,
          unencryptedEbsDevices: [
            ...new Set(
              specifications.flatMap((specification) =>
                (specification.BlockDeviceMappings ?? [])
                  .filter((mapping) => mapping.Ebs?.Encrypted === false)
                  .map((mapping) => mapping.DeviceName ?? '(unnamed device)'),
              ),
            ),
          ],
        };
      });
  },
};
