import type { Ec2SecurityGroupRule } from '../../inventory/ec2.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { securityGroupLabel, securityGroupResource } from './ec2-resources.js';
import { type InternetSource, WORLD_IPV4, WORLD_IPV6 } from './port-probe.js';

/** AWS's defaults for EC2.18: authorizedTcpPorts 80 and 443, no authorizedUdpPorts. */
const AUTHORIZED_PORTS: Readonly<Record<'tcp' | 'udp', readonly number[]>> = { tcp: [80, 443], udp: [] };

const INTERNET_SOURCES: readonly InternetSource[] = [WORLD_IPV4, WORLD_IPV6];

/** "tcp/22", "tcp/0-65535": a rule's protocol and port range as messages show it. */
function rangeLabel(protocol: string, fromPort: number, toPort: number): string {
  return fromPort === toPort ? `${protocol}/${fromPort}` : `${protocol}/${fromPort}-${toPort}`;
}

/**
 * What one inbound rule opens beyond the authorized ports, or null. All traffic opens everything; a TCP or
 * UDP rule is authorized only when every port of its range is authorized (a rule without ports is every
 * port). Other protocols (ICMP, ...) have no ports and, as in AWS's rule, are not judged.
 */
function unauthorizedOpening(rule: Ec2SecurityGroupRule): string | null {
  if (rule.protocol === '-1') return 'all traffic';
  if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') return null;
  const fromPort = rule.fromPort ?? 0;
  const toPort = rule.toPort ?? 65535;
  const authorized = AUTHORIZED_PORTS[rule.protocol];
  const everyPortAuthorized =
    toPort - fromPort < authorized.length &&
    Array.from({ length: toPort - fromPort + 1 }, (_, offset) => fromPort + offset).every((port) =>
      authorized.includes(port),
    );
  return everyPortAuthorized ? null : rangeLabel(rule.protocol, fromPort, toPort);
}

/**
 * FSBP EC2.18: a security group admits traffic from the whole internet (0.0.0.0/0 or ::/0) only to the
 * authorized ports, AWS's defaults: TCP 80 and 443, no UDP port.
 */
export const ec2SecurityGroupOnlyAuthorizedPortsOpen = defineCheck({
  id: 'ec2-security-group-only-authorized-ports-open',
  title: 'Security groups admit traffic from the internet only to TCP 80 and 443',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.securityGroups'],
  compliance: { 'aws-fsbp': ['EC2.18'] },
  remediation: {
    text: 'Narrow inbound rules from 0.0.0.0/0 or ::/0 to TCP 80 and 443; reach any other port from known networks, a load balancer or Session Manager.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <permission>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('ec2.securityGroups');
    if (groups.length === 0) return [pass(ctx.scopeResource, `No security groups in ${ctx.region}.`)];
    return groups.map((group) => {
      const openings = INTERNET_SOURCES.flatMap((source) =>
        group.ingress
          .filter((rule) => (source === WORLD_IPV4 ? rule.ipv4Ranges : rule.ipv6Ranges).includes(source))
          .map(unauthorizedOpening)
          .filter((opening): opening is string => opening !== null)
          .map((opening) => `${opening} from ${source}`),
      );
      const evidence = { vpcId: group.vpcId, unauthorizedFromInternet: openings };
      const resource = securityGroupResource(group);
      return openings.length > 0
        ? fail(
            resource,
            `Security group ${securityGroupLabel(group)} admits ${openings.join(', ')}.`,
            evidence,
          )
        : pass(
            resource,
            `Security group ${securityGroupLabel(group)} admits the internet to TCP 80 and 443 at most.`,
            evidence,
          );
    });
  },
});
