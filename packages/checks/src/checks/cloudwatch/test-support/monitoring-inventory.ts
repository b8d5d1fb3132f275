import {
  cloudTrailTrail,
  cloudWatchAlarm,
  InventoryBuilder,
  logsMetricFilter,
  snsTopic,
} from '../../../fixtures/index.js';
import type { CloudTrailTrail } from '../../../inventory/cloudtrail.js';
import type { CloudWatchMetricAlarm } from '../../../inventory/cloudwatch.js';
import type { LogsMetricFilter } from '../../../inventory/logs.js';
import type { AccountInventory } from '../../../inventory/slices.js';
import type { SnsTopic } from '../../../inventory/sns.js';

/** One account's monitoring pieces in one region, for the CIS 5.x chain tests. */
export interface MonitoringPieces {
  readonly trails?: readonly CloudTrailTrail[];
  readonly filters?: readonly LogsMetricFilter[];
  readonly alarms?: readonly CloudWatchMetricAlarm[];
  readonly topics?: readonly SnsTopic[];
}

export function monitoringInventory(pieces: MonitoringPieces, region = 'us-east-1'): AccountInventory {
  return new InventoryBuilder()
    .regional(region, 'cloudtrail.trails', pieces.trails ?? [])
    .regional(region, 'logs.metricFilters', pieces.filters ?? [])
    .regional(region, 'cloudwatch.alarms', pieces.alarms ?? [])
    .regional(region, 'sns.topics', pieces.topics ?? [])
    .build();
}

/** A complete chain in `accountId` for one filter pattern: trail → log group → filter → alarm → topic. */
export function completeChain(
  filterPattern: string,
  accountId = '111111111111',
  trail: Partial<CloudTrailTrail> = {},
): Required<MonitoringPieces> {
  return {
    trails: [cloudTrailTrail({ ownerAccountId: accountId, ...trail })],
    filters: [logsMetricFilter('cis-metric', filterPattern)],
    alarms: [cloudWatchAlarm('cis-metric', { accountId })],
    topics: [snsTopic('security-alerts', { accountId })],
  };
}
