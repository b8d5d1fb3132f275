import type { RdsInstance } from '../../inventory/rds.js';

/** The log types of `required` that the instance does not publish to CloudWatch Logs. */
export function unexportedLogTypes(instance: RdsInstance, required: readonly string[]): string[] {
  return required.filter((type) => !instance.cloudwatchLogsExports.includes(type));
}
