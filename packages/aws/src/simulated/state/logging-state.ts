import { type Static, Type } from '@sinclair/typebox';

/** Simulated CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms, SNS topics, of one account. */
export const LoggingStateSchema = Type.Object({}, { additionalProperties: false });

export type LoggingState = Static<typeof LoggingStateSchema>;
