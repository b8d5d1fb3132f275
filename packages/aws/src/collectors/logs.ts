import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import {
  DescribeMetricFiltersCommand,
  type DescribeMetricFiltersResponse,
  DescribeSubscriptionFiltersCommand,
  type DescribeSubscriptionFiltersResponse,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  cisControlsSatisfied,
  type LogsLogGroupSubscriptions,
  type LogsMetricFilter,
  parseLogGroupArn,
} from '@orgscan/checks';
import { AwsCallError } from '../aws-error.js';
import { allPages } from '../pagination.js';
import type { CollectorContext, RegionalCollector } from './collector.js';

/** Every metric filter in the region (DescribeMetricFilters without a log group lists them all). */
export const logsMetricFiltersCollector: RegionalCollector<'logs.metricFilters'> = {
  slice: 'logs.metricFilters',
  async collect({ api, region }) {
    const pages = await allPages<DescribeMetricFiltersResponse>(
      (nextToken) => api.call(region, 'logs', new DescribeMetricFiltersCommand({ nextToken })),
      (page) => page.nextToken,
    );
    return pages.flatMap((page) =>
      (page.metricFilters ?? []).map(
        (filter): LogsMetricFilter => ({
          logGroupName: filter.logGroupName ?? '',
          filterName: filter.filterName ?? '',
          filterPattern: filter.filterPattern ?? '',
          cisControlsSatisfied: cisControlsSatisfied(filter.filterPattern ?? ''),
          metricTransformations: (filter.metricTransformations ?? []).map((transformation) => ({
            metricName: transformation.metricName ?? '',
            metricNamespace: transformation.metricNamespace ?? '',
          })),
        }),
      ),
    );
  },
};

/** Log groups of this account and region that trails homed here deliver to. */
async function trailLogGroups({ api, region, accountId }: CollectorContext): Promise<string[]> {
  // The same request as the trails collector: the AwsApi sends it once for both.
  const { trailList = [] } = await api.call(
    region,
    'cloudtrail',
    new DescribeTrailsCommand({ includeShadowTrails: false }),
  );
  const names = trailList
    .map((trail) =>
      trail.CloudWatchLogsLogGroupArn ? parseLogGroupArn(trail.CloudWatchLogsLogGroupArn) : null,
    )
    .filter((group) => group !== null && group.region === region && group.accountId === accountId)
    .map((group) => group!.name);
  return [...new Set(names)].sort();
}

/**
 * Subscription filters of the log groups CloudTrail delivers to (near-real-time processing of trail events).
 * DescribeSubscriptionFilters needs a log group name, so only the trails' groups are read, not every group.
 */
export const logsSubscriptionFiltersCollector: RegionalCollector<'logs.subscriptionFilters'> = {
  slice: 'logs.subscriptionFilters',
  async collect(ctx) {
    const { api, region } = ctx;
    const groups = await trailLogGroups(ctx);
    return Promise.all(
      groups.map(async (logGroupName): Promise<LogsLogGroupSubscriptions> => {
        try {
          const pages = await allPages<DescribeSubscriptionFiltersResponse>(
            (nextToken) =>
              api.call(region, 'logs', new DescribeSubscriptionFiltersCommand({ logGroupName, nextToken })),
            (page) => page.nextToken,
          );
          return {
            logGroupName,
            logGroupExists: true,
            filters: pages.flatMap((page) =>
              (page.subscriptionFilters ?? []).map((filter) => ({
                filterName: filter.filterName ?? '',
                destinationArn: filter.destinationArn ?? '',
              })),
            ),
          };
        } catch (error) {
          // The trail names a group that was deleted: a fact about the account, not a read failure.
          if (error instanceof AwsCallError && error.code === 'ResourceNotFoundException') {
            return { logGroupName, logGroupExists: false, filters: [] };
          }
          throw error;
        }
      }),
    );
  },
};
