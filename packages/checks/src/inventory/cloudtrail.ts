/**
 * A CloudTrail trail homed in the region it was collected in (DescribeTrails without shadow trails),
 * with its status (GetTrailStatus) and what it records (GetEventSelectors, basic or advanced selectors).
 * Shared by the logging checks (4.x, 5.x) and the S3 checks (4.4 reads the trail bucket).
 */
export interface CloudTrailTrail {
  readonly arn: string;
  readonly name: string;
  readonly homeRegion: string;
  /** The account that owns the trail (an organization trail seen from a member belongs to the management account). */
  readonly ownerAccountId: string;
  readonly isMultiRegion: boolean;
  readonly isOrganizationTrail: boolean;
  readonly s3BucketName: string | null;
  readonly kmsKeyId: string | null;
  readonly logFileValidationEnabled: boolean;
  readonly cloudWatchLogsLogGroupArn: string | null;
  /** null when the status could not be read. */
  readonly isLogging: boolean | null;
  readonly latestCloudWatchLogsDeliveryTime: string | null;
  /** Management events recorded: all (read and write), one kind, or none. null when selectors were unreadable. */
  readonly managementEvents: 'all' | 'read-only' | 'write-only' | 'none' | null;
  /**
   * Event sources left out of the management events recorded (ExcludeManagementEventSources, or an advanced
   * selector's eventSource NotEquals): AWS allows kms.amazonaws.com and rdsdata.amazonaws.com. Empty: none.
   */
  readonly excludedManagementEventSources: readonly string[];
  /** Whether S3 object-level (data) events are recorded for all buckets. */
  readonly s3DataEvents: { readonly read: boolean; readonly write: boolean } | null;
}
