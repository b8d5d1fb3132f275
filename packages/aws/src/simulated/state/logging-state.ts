import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated CloudTrail trails, CloudWatch Logs groups (metric and subscription filters), CloudWatch metric
 * alarms and SNS topics of one account, region by region (the region a trail is homed in, a group lives in).
 *
 * A region nobody configured looks like a fresh AWS account: no trail (only the 90-day event history, which
 * is not a trail), no log group, no alarm, no topic. An organization trail is described once, in the
 * management account; members see it as a shadow trail only (DescribeTrails with includeShadowTrails).
 */

/** A basic event selector, as CloudTrail's PutEventSelectors takes it. */
const BasicEventSelectorSchema = Type.Object(
  {
    readWriteType: Type.Union([Type.Literal('All'), Type.Literal('ReadOnly'), Type.Literal('WriteOnly')]),
    includeManagementEvents: Type.Boolean(),
    /** kms.amazonaws.com and/or rdsdata.amazonaws.com. */
    excludeManagementEventSources: Type.Optional(Type.Array(Type.String())),
    /** Data events, e.g. { type: 'AWS::S3::Object', values: ['arn:aws:s3'] } for every bucket. */
    dataResources: Type.Optional(
      Type.Array(
        Type.Object(
          { type: Type.String(), values: Type.Array(Type.String()) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

/** An advanced event selector: fields (eventCategory, readOnly, eventSource, resources.type, resources.ARN...). */
const AdvancedEventSelectorSchema = Type.Object(
  {
    name: Type.String(),
    fieldSelectors: Type.Array(
      Type.Object(
        {
          field: Type.String(),
          equals: Type.Optional(Type.Array(Type.String())),
          notEquals: Type.Optional(Type.Array(Type.String())),
          startsWith: Type.Optional(Type.Array(Type.String())),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const TrailSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9._-]{3,128}$' }),
    multiRegion: Type.Boolean(),
    /** An organization trail (management account only): it logs every member. */
    organization: Type.Boolean(),
    /** False: StopLogging was called. */
    logging: Type.Boolean(),
    s3BucketName: Type.String(),
    /** SSE-KMS key ARN; absent: S3-managed encryption only. */
    kmsKeyId: Type.Optional(Type.String()),
    logFileValidation: Type.Boolean(),
    /** A log group of the same account and region the trail delivers to; absent: no CloudWatch Logs. */
    cloudWatchLogsLogGroup: Type.Optional(Type.String()),
    /** Hours since the last delivery to CloudWatch Logs; absent: never delivered. */
    cloudWatchLogsDeliveredHoursAgo: Type.Optional(Type.Number({ minimum: 0 })),
    /** Absent (and no advanced selectors): AWS's default, all read and write management events. */
    eventSelectors: Type.Optional(Type.Array(BasicEventSelectorSchema)),
    advancedEventSelectors: Type.Optional(Type.Array(AdvancedEventSelectorSchema)),
  },
  { additionalProperties: false },
);

const LogGroupSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    metricFilters: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          /** The filter pattern exactly as written. */
          pattern: Type.String(),
          metricName: Type.String({ minLength: 1 }),
          metricNamespace: Type.String({ minLength: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
    subscriptionFilters: Type.Array(
      Type.Object(
        { name: Type.String({ minLength: 1 }), destinationArn: Type.String({ pattern: '^arn:' }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const MetricAlarmSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    metricName: Type.String({ minLength: 1 }),
    namespace: Type.String({ minLength: 1 }),
    actionsEnabled: Type.Boolean(),
    /** ARNs: SNS topics (of any account and region), Auto Scaling policies... */
    alarmActions: Type.Array(Type.String({ pattern: '^arn:' })),
    state: Type.Union([Type.Literal('OK'), Type.Literal('ALARM'), Type.Literal('INSUFFICIENT_DATA')]),
  },
  { additionalProperties: false },
);

const TopicSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_-]{1,256}$' }),
    /** The access policy document; absent: SNS's default policy (the owner account only). */
    policy: Type.Optional(Type.Unknown()),
    subscriptionsConfirmed: Type.Integer({ minimum: 0 }),
    subscriptionsPending: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

const RegionLoggingSchema = Type.Object(
  {
    trails: Type.Optional(Type.Array(TrailSchema)),
    logGroups: Type.Optional(Type.Array(LogGroupSchema)),
    alarms: Type.Optional(Type.Array(MetricAlarmSchema)),
    topics: Type.Optional(Type.Array(TopicSchema)),
  },
  { additionalProperties: false },
);

export const LoggingStateSchema = Type.Object(
  {
    /** Region name → what is configured there; a region not listed has nothing. */
    regions: Type.Record(Type.String(), RegionLoggingSchema),
  },
  { additionalProperties: false },
);

export type LoggingState = Static<typeof LoggingStateSchema>;
export type SimulatedTrail = Static<typeof TrailSchema>;
export type SimulatedLogGroup = Static<typeof LogGroupSchema>;
export type SimulatedMetricAlarm = Static<typeof MetricAlarmSchema>;
export type SimulatedTopic = Static<typeof TopicSchema>;
export type RegionLoggingState = Static<typeof RegionLoggingSchema>;
