import type { ExpectedFinding } from './expected-finding.js';

/** Checks on EC2 and VPC: the demo organization's planted posture, written out by hand. */
export const EXPECTED_NETWORK: ExpectedFinding[] = [];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_NETWORK. */
export const NETWORK_CHECKS: string[] = [];
