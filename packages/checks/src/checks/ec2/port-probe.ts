/**
 * A single kind of packet a rule may admit: one protocol, one destination port. Checks ask "is tcp/22
 * admitted?" instead of comparing port ranges with each other, which keeps all-traffic rules, port ranges
 * and single ports one case.
 */
export interface PortProbe {
  readonly protocol: 'tcp' | 'udp';
  readonly port: number;
}

/** The whole IPv4 and IPv6 internet as AWS writes it in rules. */
export const WORLD_IPV4 = '0.0.0.0/0';
export const WORLD_IPV6 = '::/0';
export type InternetSource = typeof WORLD_IPV4 | typeof WORLD_IPV6;

/** SSH and RDP; CIS counts TCP, UDP and all-traffic rules (RDP also listens on UDP). */
export const ADMIN_PORT_PROBES: readonly PortProbe[] = [
  { protocol: 'tcp', port: 22 },
  { protocol: 'udp', port: 22 },
  { protocol: 'tcp', port: 3389 },
  { protocol: 'udp', port: 3389 },
];

/** The matching part of a security group rule or a network ACL entry. */
interface TrafficMatch {
  readonly protocol: string;
  readonly fromPort: number | null;
  readonly toPort: number | null;
}

/** Whether a rule matches the probe: all traffic, or the same protocol with the port in its range. */
export function coversProbe(rule: TrafficMatch, probe: PortProbe): boolean {
  if (rule.protocol === '-1') return true;
  if (rule.protocol !== probe.protocol) return false;
  // A TCP/UDP rule without a port range applies to every port.
  if (rule.fromPort === null || rule.toPort === null) return true;
  return rule.fromPort <= probe.port && probe.port <= rule.toPort;
}

export function probeLabel(probe: PortProbe): string {
  return `${probe.protocol}/${probe.port}`;
}
