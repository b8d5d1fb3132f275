import { defineCheck } from '../../model/check-definition.js';
import { ADMIN_PORT_PROBES, WORLD_IPV6 } from './port-probe.js';
import { judgeSecurityGroupExposure } from './security-group-exposure.js';

export const ec2SecurityGroupAdminPortsIpv6Restricted = defineCheck({
  id: 'ec2-security-group-admin-ports-ipv6-restricted',
  title: 'No security group admits SSH (22) or RDP (3389) from ::/0',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.securityGroups'],
  compliance: { 'cis-aws-7.0.0': ['6.4'] },
  remediation: {
    text: 'Remove inbound rules that admit ports 22 and 3389 (or all traffic) from ::/0; allow administration only from known networks, or use Session Manager or EC2 Instance Connect Endpoint instead of open ports.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  evaluate: (ctx) =>
    judgeSecurityGroupExposure(ctx, ADMIN_PORT_PROBES, [WORLD_IPV6], 'remote administration port'),
});
