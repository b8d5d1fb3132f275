import type { NetworkState } from '../state/network-state.js';

/** The demo organization's EC2: VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS defaults, per account (undefined: nothing configured). */
export function demoNetworkState(_accountId: string): NetworkState | undefined {
  return undefined;
}
