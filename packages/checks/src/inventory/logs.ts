/**
 * CloudWatch Logs metric filters of the region (DescribeMetricFilters, every log group): the pattern as
 * written and the metrics it publishes, so checks can follow a CloudTrail log group to its alarms.
 */
export interface LogsMetricFilter {
  readonly logGroupName: string;
  readonly filterName: string;
  /** The filter pattern exactly as stored; judged by meaning (packages/checks/src/metric-filters). */
  readonly filterPattern: string;
  /**
   * The CIS 5.x controls (ids such as '5.1') whose events this pattern catches, judged by meaning when the
   * filter is collected. The judgement is costly, and an organization trail's filters are read by every
   * member of the scan: judging them once keeps that cost per filter, not per account.
   */
  readonly cisControlsSatisfied: readonly string[];
  readonly metricTransformations: readonly LogsMetricTransformation[];
}

export interface LogsMetricTransformation {
  readonly metricName: string;
  readonly metricNamespace: string;
}

/**
 * The subscription filters of a log group a trail homed in the region delivers to (DescribeSubscriptionFilters):
 * near-real-time processing of CloudTrail events (Lambda, Kinesis, Firehose destinations).
 */
export interface LogsLogGroupSubscriptions {
  readonly logGroupName: string;
  /** False when the trail names a log group that does not exist (ResourceNotFoundException). */
  readonly logGroupExists: boolean;
  readonly filters: readonly LogsSubscriptionFilter[];
}

export interface LogsSubscriptionFilter {
  readonly filterName: string;
  readonly destinationArn: string;
}

/**
 * `arn:<partition>:logs:<region>:<account>:log-group:<name>[:*]` → its parts; null when not a log group ARN.
 * CloudTrail names the group it delivers to with such an ARN.
 */
export function parseLogGroupArn(arn: string): { region: string; accountId: string; name: string } | null {
  const match = /^arn:[a-z-]+:logs:([a-z0-9-]+):(\d{12}):log-group:(.+?)(:\*)?$/.exec(arn);
  if (!match) return null;
  return { region: match[1]!, accountId: match[2]!, name: match[3]! };
}
