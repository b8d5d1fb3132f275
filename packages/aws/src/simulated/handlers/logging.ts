import type { SimulatedHandler } from './handler.js';

/** Simulated operations of CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms, SNS topics. */
export const loggingHandlers: Record<string, SimulatedHandler> = {};
