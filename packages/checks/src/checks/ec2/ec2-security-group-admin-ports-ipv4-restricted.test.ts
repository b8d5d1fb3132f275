import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2SecurityGroupAdminPortsIpv4Restricted as check } from './ec2-security-group-admin-ports-ipv4-restricted.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();
const open = (fields: Parameters<typeof ec2SgRule>[0]) => ec2SgRule({ ipv4Ranges: ['0.0.0.0/0'], ...fields });

describe('ec2-security-group-admin-ports-ipv4-restricted', () => {
  it('passes on the region when it has no security groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', region: REGION, resourceId: `arn:aws:account::111111111111:account/${REGION}` },
    ]);
  });

  it('fails a group admitting SSH from 0.0.0.0/0 and names the port', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-1', { name: 'bastion', ingress: [open({ fromPort: 22, toPort: 22 })] }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-1',
        resourceType: 'AwsEc2SecurityGroup',
        message: 'Security group sg-1 (bastion) admits tcp/22 from 0.0.0.0/0.',
        evidence: { openToInternet: ['tcp/22 from 0.0.0.0/0'] },
      },
    ]);
  });

  it('counts all-traffic rules, port ranges and UDP RDP', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-all', { ingress: [open({ protocol: '-1', fromPort: null, toPort: null })] }),
        ec2SecurityGroup('sg-range', { ingress: [open({ fromPort: 1024, toPort: 65535 })] }),
        ec2SecurityGroup('sg-udp', { ingress: [open({ protocol: 'udp', fromPort: 3389, toPort: 3389 })] }),
      ),
    );
    expect(findings.map((f) => [f.status, f.evidence?.openToInternet])).toEqual([
      [
        'FAIL',
        [
          'tcp/22 from 0.0.0.0/0',
          'udp/22 from 0.0.0.0/0',
          'tcp/3389 from 0.0.0.0/0',
          'udp/3389 from 0.0.0.0/0',
        ],
      ],
      ['FAIL', ['tcp/3389 from 0.0.0.0/0']],
      ['FAIL', ['udp/3389 from 0.0.0.0/0']],
    ]);
  });

  it('passes groups open to the internet on other ports, or to admin ports from known networks only', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-web', { ingress: [open({ fromPort: 443, toPort: 443 })] }),
        ec2SecurityGroup('sg-admin', {
          ingress: [
            ec2SgRule({
              fromPort: 22,
              toPort: 22,
              ipv4Ranges: ['10.0.0.0/8'],
              prefixListIds: ['pl-1'],
              referencedGroupIds: ['sg-2'],
            }),
            ec2SgRule({ protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ['0.0.0.0/0'] }),
          ],
        }),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS']);
  });

  it('leaves ::/0 to the IPv6 check', () => {
    const group = ec2SecurityGroup('sg-v6', {
      ingress: [ec2SgRule({ fromPort: 22, toPort: 22, ipv6Ranges: ['::/0'] })],
    });
    expect(evaluate(check, withGroups(group))).toMatchObject([{ status: 'PASS' }]);
  });

  it('is an ERROR with the AWS code when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.securityGroups', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
