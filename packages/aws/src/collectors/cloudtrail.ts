import {
  type AdvancedEventSelector,
  DescribeTrailsCommand,
  type EventSelector,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import type { CloudTrailTrail } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';

type Recorded = { read: boolean; write: boolean };

/** The DataResources value that selects every bucket (`arn:aws:s3`, or `arn:aws:s3:::`), in any partition. */
const ALL_BUCKETS = /^arn:[a-z-]+:s3(:::)?$/;

/** Advanced selector fields that say which kind of data events, without narrowing to some of them. */
const UNNARROWING_DATA_FIELDS = new Set(['eventCategory', 'resources.type', 'readOnly']);

/**
 * Management and S3 data events a trail records, from basic or advanced event selectors. An event source is
 * excluded from management events only when every selector recording management events leaves it out.
 */
export function recordedEvents(
  basic: readonly EventSelector[] | undefined,
  advanced: readonly AdvancedEventSelector[] | undefined,
): { management: Recorded; s3Data: Recorded; excludedManagementEventSources: string[] } {
  const management: Recorded = { read: false, write: false };
  const s3Data: Recorded = { read: false, write: false };
  const exclusions: (readonly string[])[] = [];
  const mark = (target: Recorded, readWrite: 'All' | 'ReadOnly' | 'WriteOnly') => {
    if (readWrite !== 'WriteOnly') target.read = true;
    if (readWrite !== 'ReadOnly') target.write = true;
  };
  for (const selector of basic ?? []) {
    const readWrite = selector.ReadWriteType ?? 'All';
    if (selector.IncludeManagementEvents !== false) {
      mark(management, readWrite);
      exclusions.push(selector.ExcludeManagementEventSources ?? []);
    }
    const allBuckets = (selector.DataResources ?? []).some(
      (resource) =>
        resource.Type === 'AWS::S3::Object' &&
        (resource.Values ?? []).some((value) => ALL_BUCKETS.test(value)),
    );
    if (allBuckets) mark(s3Data, readWrite);
  }
  for (const selector of advanced ?? []) {
    const field = (name: string) => selector.FieldSelectors?.find((candidate) => candidate.Field === name);
    const readOnly = field('readOnly')?.Equals;
    const readWrite = !readOnly ? 'All' : readOnly.includes('true') ? 'ReadOnly' : 'WriteOnly';
    const category = field('eventCategory')?.Equals ?? [];
    if (category.includes('Management')) {
      mark(management, readWrite);
      exclusions.push(field('eventSource')?.NotEquals ?? []);
    }
    // Any field beyond the category, the type and readOnly (resources.ARN, eventName...) records only some events.
    const narrowed = (selector.FieldSelectors ?? []).some(
      (candidate) => !UNNARROWING_DATA_FIELDS.has(candidate.Field ?? ''),
    );
    if (
      category.includes('Data') &&
      field('resources.type')?.Equals?.includes('AWS::S3::Object') &&
      !narrowed
    ) {
      mark(s3Data, readWrite);
    }
  }
  const [first = [], ...others] = exclusions;
  const excludedManagementEventSources = first.filter((source) =>
    others.every((excluded) => excluded.includes(source)),
  );
  return { management, s3Data, excludedManagementEventSources };
}

function managementKind({ read, write }: Recorded): CloudTrailTrail['managementEvents'] {
  if (read && write) return 'all';
  if (read) return 'read-only';
  return write ? 'write-only' : 'none';
}

/** Trails homed in the region (shadow copies of trails homed elsewhere are left to their home region). */
export const cloudTrailTrailsCollector: RegionalCollector<'cloudtrail.trails'> = {
  slice: 'cloudtrail.trails',
  async collect({ api, region, accountId }) {
    const { trailList = [] } = await api.call(
      region,
      'cloudtrail',
      new DescribeTrailsCommand({ includeShadowTrails: false }),
    );
    return Promise.all(
      trailList
        .filter((trail) => trail.TrailARN && (trail.HomeRegion ?? region) === region)
        .map(async (trail): Promise<CloudTrailTrail> => {
          const arn = trail.TrailARN!;
          const [status, selectors] = await Promise.all([
            api.call(region, 'cloudtrail', new GetTrailStatusCommand({ Name: arn })),
            api.call(region, 'cloudtrail', new GetEventSelectorsCommand({ TrailName: arn })),
          ]);
          const events = recordedEvents(selectors.EventSelectors, selectors.AdvancedEventSelectors);
          return {
            arn,
            name: trail.Name ?? arn,
            homeRegion: trail.HomeRegion ?? region,
            ownerAccountId: arn.split(':')[4] ?? accountId,
            isMultiRegion: trail.IsMultiRegionTrail ?? false,
            isOrganizationTrail: trail.IsOrganizationTrail ?? false,
            s3BucketName: trail.S3BucketName ?? null,
            kmsKeyId: trail.KmsKeyId ?? null,
            logFileValidationEnabled: trail.LogFileValidationEnabled ?? false,
            cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn ?? null,
            isLogging: status.IsLogging ?? null,
            latestCloudWatchLogsDeliveryTime: status.LatestCloudWatchLogsDeliveryTime?.toISOString() ?? null,
            managementEvents: managementKind(events.management),
            excludedManagementEventSources: events.excludedManagementEventSources,
            s3DataEvents: events.s3Data,
          };
        }),
    );
  },
};
