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

/** Management and S3 data events a trail records, from basic or advanced event selectors. */
export function recordedEvents(
  basic: readonly EventSelector[] | undefined,
  advanced: readonly AdvancedEventSelector[] | undefined,
): { management: Recorded; s3Data: Recorded } {
  const management: Recorded = { read: false, write: false };
  const s3Data: Recorded = { read: false, write: false };
  const mark = (target: Recorded, readWrite: 'All' | 'ReadOnly' | 'WriteOnly') => {
    if (readWrite !== 'WriteOnly') target.read = true;
    if (readWrite !== 'ReadOnly') target.write = true;
  };
  for (const selector of basic ?? []) {
    const readWrite = selector.ReadWriteType ?? 'All';
    if (selector.IncludeManagementEvents !== false) mark(management, readWrite);
    const allBuckets = (selector.DataResources ?? []).some(
      (resource) =>
        resource.Type === 'AWS::S3::Object' &&
        (resource.Values ?? []).some((value) => value === 'arn:aws:s3' || value === 'arn:aws:s3:::'),
    );
    if (allBuckets) mark(s3Data, readWrite);
  }
  for (const selector of advanced ?? []) {
    const field = (name: string) => selector.FieldSelectors?.find((candidate) => candidate.Field === name);
    const readOnly = field('readOnly')?.Equals;
    const readWrite = !readOnly ? 'All' : readOnly.includes('true') ? 'ReadOnly' : 'WriteOnly';
    const category = field('eventCategory')?.Equals ?? [];
    if (category.includes('Management')) mark(management, readWrite);
    const narrowedToSomeBuckets = field('resources.ARN') !== undefined;
    if (
      category.includes('Data') &&
      field('resources.type')?.Equals?.includes('AWS::S3::Object') &&
      !narrowedToSomeBuckets
    ) {
      mark(s3Data, readWrite);
    }
  }
  return { management, s3Data };
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
            s3DataEvents: events.s3Data,
          };
        }),
    );
  },
};
