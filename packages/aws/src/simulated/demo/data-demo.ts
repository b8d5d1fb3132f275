import type { DataState } from '../state/data-state.js';

/** The demo organization's S3, S3 Control, KMS, RDS, EFS, Lambda, ECS, SQS, per account (undefined: nothing configured). */
export function demoDataState(_accountId: string): DataState | undefined {
  return undefined;
}
