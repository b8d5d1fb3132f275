import type { RdsEventSubscription } from '../../inventory/rds.js';
import type { CheckResult } from '../../model/check-result.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** A subscription notifies of `category` events of `sourceType` when it is enabled and lists both (or all). */
function covers(subscription: RdsEventSubscription, sourceType: string, category: string): boolean {
  return (
    subscription.enabled &&
    (subscription.sourceType === null || subscription.sourceType === sourceType) &&
    (subscription.eventCategories.length === 0 || subscription.eventCategories.includes(category))
  );
}

/**
 * FSBP RDS.19-RDS.22, judged on the region: once a region has event subscriptions, one enabled subscription
 * must notify of every critical category of the source type; a region without subscriptions passes, as AWS
 * evaluates only existing subscriptions. Like AWS, a subscription limited to some sources still counts.
 */
export function eventSubscriptionCoverage(
  region: ResourceRef,
  regionName: string,
  subscriptions: readonly RdsEventSubscription[],
  sourceType: string,
  categories: readonly string[],
): CheckResult[] {
  if (subscriptions.length === 0) {
    return [pass(region, `No RDS event subscription in ${regionName}.`)];
  }
  const covering = subscriptions.find((subscription) =>
    categories.every((category) => covers(subscription, sourceType, category)),
  );
  const wanted = `${sourceType} ${categories.join(', ')}`;
  if (covering) {
    return [
      pass(region, `RDS event subscription ${covering.name} notifies of ${wanted} events.`, {
        subscription: covering.name,
      }),
    ];
  }
  return [
    fail(region, `No enabled RDS event subscription in ${regionName} notifies of ${wanted} events.`, {
      subscriptions: subscriptions.map((subscription) => subscription.name),
    }),
  ];
}
