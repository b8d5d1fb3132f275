import { defineCheck } from '../../model/check-definition.js';
import { type PortProbe, WORLD_IPV4, WORLD_IPV6 } from './port-probe.js';
import { judgeSecurityGroupExposure } from './security-group-exposure.js';

/** SMB/CIFS file sharing runs over TCP 445. */
const CIFS_PROBES: readonly PortProbe[] = [{ protocol: 'tcp', port: 445 }];

export const ec2SecurityGroupCifsRestricted = defineCheck({
  id: 'ec2-security-group-cifs-restricted',
  title: 'No security group admits CIFS/SMB (TCP 445) from the internet',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.securityGroups'],
  compliance: { 'cis-aws-7.0.0': ['6.1.2'] },
  remediation: {
    text: 'Remove inbound rules that admit TCP 445 (or all traffic) from 0.0.0.0/0 or ::/0; allow file sharing only from the trusted networks that need it.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 445 --cidr 0.0.0.0/0',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  evaluate: (ctx) =>
    judgeSecurityGroupExposure(ctx, CIFS_PROBES, [WORLD_IPV4, WORLD_IPV6], 'CIFS (tcp/445) traffic'),
});
