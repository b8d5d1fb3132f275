import type { ExpectedFinding } from './expected-finding.js';

/** Checks on CloudTrail, CloudWatch Logs metric filters and alarms, SNS: the demo organization's planted posture, written out by hand. */
export const EXPECTED_LOGGING: ExpectedFinding[] = [];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_LOGGING. */
export const LOGGING_CHECKS: string[] = [];
