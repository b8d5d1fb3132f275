import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2SecurityGroupAdminPortsIpv6Restricted as check } from './ec2-security-group-admin-ports-ipv6-restricted.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();

describe('ec2-security-group-admin-ports-ipv6-restricted', () => {
  it('passes on the region when it has no security groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('fails a group admitting RDP from ::/0', () => {
    const group = ec2SecurityGroup('sg-1', {
      ingress: [ec2SgRule({ fromPort: 3389, toPort: 3389, ipv6Ranges: ['::/0'] })],
    });
    expect(evaluate(check, withGroups(group))).toMatchObject([
      { status: 'FAIL', message: 'Security group sg-1 admits tcp/3389 from ::/0.' },
    ]);
  });

  it('passes a group admitting admin ports from 0.0.0.0/0 only (the IPv4 check judges that) or from an IPv6 network', () => {
    const groups = [
      ec2SecurityGroup('sg-v4', {
        ingress: [ec2SgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] })],
      }),
      ec2SecurityGroup('sg-v6-net', {
        ingress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, ipv6Ranges: ['2001:db8::/32'] })],
      }),
    ];
    expect(evaluate(check, withGroups(...groups)).map((f) => f.status)).toEqual(['PASS', 'PASS']);
  });

  it('is an ERROR when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.securityGroups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
