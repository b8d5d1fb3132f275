import type { SimulatedHandler } from './handler.js';

/** Simulated operations of EC2: VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS defaults. */
export const networkHandlers: Record<string, SimulatedHandler> = {};
