import type { ExpectedFinding } from './expected-finding.js';

/** Checks on S3, KMS, RDS, EFS, Lambda, ECS, SQS: the demo organization's planted posture, written out by hand. */
export const EXPECTED_DATA: ExpectedFinding[] = [];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_DATA. */
export const DATA_CHECKS: string[] = [];
