import { type Static, Type } from '@sinclair/typebox';

/** Simulated EC2: VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS defaults, of one account. */
export const NetworkStateSchema = Type.Object({}, { additionalProperties: false });

export type NetworkState = Static<typeof NetworkStateSchema>;
