import type { ReadResult } from './read-result.js';

/** A DynamoDB table of the region (ListTables), with the settings FSBP judges, each read on its own. */
export interface DynamoDbTable {
  readonly arn: string;
  readonly name: string;
  /** DescribeTable's DeletionProtectionEnabled. */
  readonly deletionProtectionEnabled: ReadResult<boolean>;
  /** DescribeContinuousBackups' PointInTimeRecoveryStatus: ENABLED or DISABLED. */
  readonly pointInTimeRecoveryStatus: ReadResult<string>;
}
