import type { LoggingState } from '../state/logging-state.js';

/** The demo organization's CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms, SNS topics, per account (undefined: nothing configured). */
export function demoLoggingState(_accountId: string): LoggingState | undefined {
  return undefined;
}
