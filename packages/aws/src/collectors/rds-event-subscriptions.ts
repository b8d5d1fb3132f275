import { DescribeEventSubscriptionsCommand } from '@aws-sdk/client-rds';
import type { RdsEventSubscription } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's RDS event notification subscriptions (DescribeEventSubscriptions, all pages). */
export const rdsEventSubscriptionsCollector: RegionalCollector<'rds.eventSubscriptions'> = {
  slice: 'rds.eventSubscriptions',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeEventSubscriptionsCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.EventSubscriptionsList,
      entry: (subscription): RdsEventSubscription | null =>
        subscription.EventSubscriptionArn
          ? {
              arn: subscription.EventSubscriptionArn,
              name: subscription.CustSubscriptionId ?? subscription.EventSubscriptionArn,
              enabled: subscription.Enabled ?? false,
              sourceType: subscription.SourceType ?? null,
              eventCategories: subscription.EventCategoriesList ?? [],
              sourceIds: subscription.SourceIdsList ?? [],
            }
          : null,
    }),
};
