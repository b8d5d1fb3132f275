import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2SecurityGroupCifsRestricted as check } from './ec2-security-group-cifs-restricted.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();

describe('ec2-security-group-cifs-restricted', () => {
  it('passes on the region when it has no security groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('fails TCP 445 from 0.0.0.0/0 and from ::/0, naming both sources', () => {
    const group = ec2SecurityGroup('sg-1', {
      name: 'file-share',
      ingress: [ec2SgRule({ fromPort: 445, toPort: 445, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'] })],
    });
    expect(evaluate(check, withGroups(group))).toMatchObject([
      {
        status: 'FAIL',
        message: 'Security group sg-1 (file-share) admits tcp/445 from 0.0.0.0/0, tcp/445 from ::/0.',
        evidence: { vpcId: 'vpc-1', openToInternet: ['tcp/445 from 0.0.0.0/0', 'tcp/445 from ::/0'] },
      },
    ]);
  });

  it('fails all traffic from the internet, passes UDP 445 and TCP 445 from a private network', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-all', {
          ingress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, ipv6Ranges: ['::/0'] })],
        }),
        ec2SecurityGroup('sg-udp', {
          ingress: [ec2SgRule({ protocol: 'udp', fromPort: 445, toPort: 445, ipv4Ranges: ['0.0.0.0/0'] })],
        }),
        ec2SecurityGroup('sg-lan', {
          ingress: [ec2SgRule({ fromPort: 445, toPort: 445, ipv4Ranges: ['10.0.0.0/8'] })],
        }),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'PASS', 'PASS']);
    expect(findings[1]?.message).toBe(
      'Security group sg-udp admits no CIFS (tcp/445) traffic from 0.0.0.0/0 or ::/0.',
    );
  });

  it('is an ERROR when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.securityGroups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
