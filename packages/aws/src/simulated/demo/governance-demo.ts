import type { GovernanceState } from '../state/governance-state.js';

/** The demo organization's account contacts, IAM beyond the credential report, Access Analyzer, Config, Security Hub, per account (undefined: nothing configured). */
export function demoGovernanceState(_accountId: string): GovernanceState | undefined {
  return undefined;
}
