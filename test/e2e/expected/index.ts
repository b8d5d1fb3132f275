import { DATA_CHECKS, EXPECTED_DATA } from './data.js';
import type { ExpectedFinding } from './expected-finding.js';
import { EXPECTED_FSBP_G1, FSBP_G1_CHECKS } from './fsbp-g1.js';
import { EXPECTED_FSBP_G2, FSBP_G2_CHECKS } from './fsbp-g2.js';
import { EXPECTED_FSBP_G3, FSBP_G3_CHECKS } from './fsbp-g3.js';
import { EXPECTED_FSBP_G4, FSBP_G4_CHECKS } from './fsbp-g4.js';
import { EXPECTED_FSBP_G5, FSBP_G5_CHECKS } from './fsbp-g5.js';
import { EXPECTED_FSBP_G6, FSBP_G6_CHECKS } from './fsbp-g6.js';
import { EXPECTED_FSBP_G7, FSBP_G7_CHECKS } from './fsbp-g7.js';
import { EXPECTED_FSBP_G8, FSBP_G8_CHECKS } from './fsbp-g8.js';
import { EXPECTED_GOVERNANCE, GOVERNANCE_CHECKS } from './governance.js';
import { EXPECTED_IAM, IAM_CHECKS } from './iam.js';
import { EXPECTED_LOGGING, LOGGING_CHECKS } from './logging.js';
import { EXPECTED_NETWORK, NETWORK_CHECKS } from './network.js';
import { EXPECTED_REGIONS_DENIED, REGIONS_DENIED_CHECKS } from './regions-denied.js';

export interface ExpectedGroup {
  readonly name: string;
  readonly checks: readonly string[];
  readonly findings: readonly ExpectedFinding[];
}

/** The demo organization's planted posture, by group of checks. */
export const EXPECTED_GROUPS: readonly ExpectedGroup[] = [
  { name: 'iam', checks: IAM_CHECKS, findings: EXPECTED_IAM },
  { name: 'logging', checks: LOGGING_CHECKS, findings: EXPECTED_LOGGING },
  { name: 'network', checks: NETWORK_CHECKS, findings: EXPECTED_NETWORK },
  { name: 'data', checks: DATA_CHECKS, findings: EXPECTED_DATA },
  { name: 'governance', checks: GOVERNANCE_CHECKS, findings: EXPECTED_GOVERNANCE },
  { name: 'fsbp-g1', checks: FSBP_G1_CHECKS, findings: EXPECTED_FSBP_G1 },
  { name: 'fsbp-g3', checks: FSBP_G3_CHECKS, findings: EXPECTED_FSBP_G3 },
  { name: 'fsbp-g5', checks: FSBP_G5_CHECKS, findings: EXPECTED_FSBP_G5 },
  { name: 'fsbp-g2', checks: FSBP_G2_CHECKS, findings: EXPECTED_FSBP_G2 },
  { name: 'fsbp-g4', checks: FSBP_G4_CHECKS, findings: EXPECTED_FSBP_G4 },
  { name: 'fsbp-g6', checks: FSBP_G6_CHECKS, findings: EXPECTED_FSBP_G6 },
  { name: 'fsbp-g7', checks: FSBP_G7_CHECKS, findings: EXPECTED_FSBP_G7 },
  { name: 'fsbp-g8', checks: FSBP_G8_CHECKS, findings: EXPECTED_FSBP_G8 },
  { name: 'regions denied by policy', checks: REGIONS_DENIED_CHECKS, findings: EXPECTED_REGIONS_DENIED },
];

/** Every finding the scan of the demo organization must store, and nothing else. */
export const EXPECTED: ExpectedFinding[] = EXPECTED_GROUPS.flatMap((group) => [...group.findings]);
