import type { ExpectedFinding } from './expected-finding.js';

/** Checks on account contacts, IAM governance, Access Analyzer, Config, Security Hub: the demo organization's planted posture, written out by hand. */
export const EXPECTED_GOVERNANCE: ExpectedFinding[] = [];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_GOVERNANCE. */
export const GOVERNANCE_CHECKS: string[] = [];
