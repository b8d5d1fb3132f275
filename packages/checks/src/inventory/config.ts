/** ConfigurationRecorderStatus.lastStatus, as the Config API spells it. */
export type ConfigRecorderLastStatus = 'Success' | 'Pending' | 'Failure' | 'NotApplicable';

/**
 * A customer-managed AWS Config configuration recorder of the region (DescribeConfigurationRecorders)
 * with its status (DescribeConfigurationRecorderStatus). Service-linked recorders are left out: they
 * record only what their service needs and cannot be set to record everything.
 */
export interface ConfigRecorder {
  readonly name: string;
  /** recordingGroup.allSupported: every supported resource type, without exclusions. */
  readonly allSupported: boolean;
  /** recordingGroup.includeGlobalResourceTypes: IAM users, groups, roles and policies are recorded. */
  readonly includeGlobalResourceTypes: boolean;
  /** null when AWS returned no status for the recorder. */
  readonly recording: boolean | null;
  /** How the last recording attempt went; null when unknown. */
  readonly lastStatus: ConfigRecorderLastStatus | null;
  readonly lastErrorCode: string | null;
}

/** A Config aggregator of the region (DescribeConfigurationAggregators). */
export interface ConfigAggregator {
  readonly name: string;
  readonly arn: string;
  /** Aggregates every account of the organization (OrganizationAggregationSource). */
  readonly organizationWide: boolean;
  /** Aggregates from every region (AllAwsRegions), rather than a list. */
  readonly allRegions: boolean;
}
