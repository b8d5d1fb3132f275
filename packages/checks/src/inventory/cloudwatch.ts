/** A CloudWatch metric alarm of the region (DescribeAlarms, AlarmTypes MetricAlarm). */
export interface CloudWatchMetricAlarm {
  readonly arn: string;
  readonly name: string;
  /**
   * The metric the alarm watches; null for metric-math alarms (their inputs are not followed, so they never
   * complete a CIS 5.x chain).
   */
  readonly metricName: string | null;
  readonly namespace: string | null;
  readonly actionsEnabled: boolean;
  /** ARNs notified or acted on when the alarm enters ALARM (SNS topics, Auto Scaling, EC2, Lambda...). */
  readonly alarmActions: readonly string[];
  /** OK, ALARM or INSUFFICIENT_DATA. */
  readonly state: string | null;
}
