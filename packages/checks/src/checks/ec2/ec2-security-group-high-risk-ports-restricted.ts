import { defineCheck } from '../../model/check-definition.js';
import { type PortProbe, WORLD_IPV4, WORLD_IPV6 } from './port-probe.js';
import { judgeSecurityGroupExposure } from './security-group-exposure.js';

/** The blockedPorts of EC2.19 (AWS's fixed list); its rule (restricted-common-ports) judges TCP only. */
const HIGH_RISK_TCP_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080,
  8088, 8888, 9200, 9300,
];
const HIGH_RISK_PROBES: readonly PortProbe[] = HIGH_RISK_TCP_PORTS.map((port) => ({ protocol: 'tcp', port }));

/**
 * FSBP EC2.19: no security group admits TCP traffic from 0.0.0.0/0 or ::/0 to a high-risk port (remote
 * administration, file transfer, mail, databases, dashboards), whether by a single port, a range or an
 * all-traffic rule.
 */
export const ec2SecurityGroupHighRiskPortsRestricted = defineCheck({
  id: 'ec2-security-group-high-risk-ports-restricted',
  title: 'No security group admits the internet to high-risk ports',
  service: 'ec2',
  severity: 'critical',
  scope: 'regional',
  requires: ['ec2.securityGroups'],
  compliance: { 'aws-fsbp': ['EC2.19'] },
  remediation: {
    text: 'Remove inbound rules that admit 0.0.0.0/0 or ::/0 to administration, file-transfer, mail, database or dashboard ports (SSH, RDP, FTP, SMB, MySQL, PostgreSQL, Elasticsearch, ...); allow them only from the networks that need them.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
  },
  evaluate: (ctx) =>
    judgeSecurityGroupExposure(ctx, HIGH_RISK_PROBES, [WORLD_IPV4, WORLD_IPV6], 'traffic to high-risk ports'),
});
