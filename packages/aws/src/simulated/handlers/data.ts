import type { SimulatedHandler } from './handler.js';

/** Simulated operations of S3, S3 Control, KMS, RDS, EFS, Lambda, ECS, SQS. */
export const dataHandlers: Record<string, SimulatedHandler> = {};
