import { describe, expect, it } from 'vitest';
import { ec2AclEntry, ec2NetworkAcl, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2NetworkAcl } from '../../inventory/ec2.js';
import { ec2NetworkAclAdminPortsRestricted as check } from './ec2-network-acl-admin-ports-restricted.js';

const REGION = 'eu-west-1';
const withAcls = (...acls: Ec2NetworkAcl[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.networkAcls', acls).build();
const judge = (...acls: Ec2NetworkAcl[]) => evaluate(check, withAcls(...acls));

/** What AWS puts in a default network ACL of a VPC with an IPv6 block. */
const DEFAULT_ENTRIES = [
  ec2AclEntry(100),
  ec2AclEntry(101, { cidrIpv4: null, cidrIpv6: '::/0' }),
  ec2AclEntry(100, { egress: true }),
  ec2AclEntry(32768, { cidrIpv4: null, cidrIpv6: '::/0', action: 'deny' }),
];

describe('ec2-network-acl-admin-ports-restricted', () => {
  it('passes on the region when it has no network ACLs', () => {
    expect(judge()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails the allow-all default ACL for both address families', () => {
    expect(judge(ec2NetworkAcl('acl-default', DEFAULT_ENTRIES, { isDefault: true }))).toMatchObject([
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:network-acl/acl-default',
        resourceType: 'AwsEc2NetworkAcl',
        evidence: {
          isDefault: true,
          allowingRules: ['100', '101'],
          admitted: [
            'tcp/22 from 0.0.0.0/0',
            'udp/22 from 0.0.0.0/0',
            'tcp/3389 from 0.0.0.0/0',
            'udp/3389 from 0.0.0.0/0',
            'tcp/22 from ::/0',
            'udp/22 from ::/0',
            'tcp/3389 from ::/0',
            'udp/3389 from ::/0',
          ],
        },
      },
    ]);
  });

  it('fails a single-port SSH allow and names the rule', () => {
    const acl = ec2NetworkAcl('acl-1', [ec2AclEntry(120, { protocol: 'tcp', fromPort: 22, toPort: 22 })]);
    expect(judge(acl)).toMatchObject([
      { status: 'FAIL', message: 'Network ACL acl-1 admits tcp/22 from 0.0.0.0/0 (rule 120).' },
    ]);
  });

  it('respects rule order: a lower-numbered deny for the internet wins over a later allow', () => {
    const acl = ec2NetworkAcl('acl-ordered', [
      ec2AclEntry(90, { protocol: 'tcp', fromPort: 22, toPort: 22, action: 'deny' }),
      ec2AclEntry(91, { protocol: 'tcp', fromPort: 3389, toPort: 3389, action: 'deny' }),
      ec2AclEntry(92, { protocol: 'udp', fromPort: 3389, toPort: 3389, action: 'deny' }),
      ec2AclEntry(100, { protocol: 'tcp', fromPort: 0, toPort: 65535 }),
      ec2AclEntry(110, { protocol: 'udp', fromPort: 1024, toPort: 65535 }),
    ]);
    expect(judge(acl)).toMatchObject([{ status: 'PASS', evidence: { admitted: [] } }]);
  });

  it('fails when the deny comes after the allow', () => {
    const acl = ec2NetworkAcl('acl-late-deny', [
      ec2AclEntry(100, { protocol: 'tcp', fromPort: 1024, toPort: 65535 }),
      ec2AclEntry(200, { protocol: 'tcp', fromPort: 3389, toPort: 3389, action: 'deny' }),
    ]);
    expect(judge(acl)).toMatchObject([
      { status: 'FAIL', evidence: { admitted: ['tcp/3389 from 0.0.0.0/0'] } },
    ]);
  });

  it('a deny for a narrower range does not stop the rest of the internet; an allow for a narrower range is not the internet', () => {
    const narrowDeny = ec2NetworkAcl('acl-narrow-deny', [
      ec2AclEntry(50, { cidrIpv4: '198.51.100.0/24', action: 'deny' }),
      ec2AclEntry(100, { protocol: 'tcp', fromPort: 22, toPort: 22 }),
    ]);
    const narrowAllow = ec2NetworkAcl('acl-narrow-allow', [
      ec2AclEntry(100, { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '203.0.113.0/24' }),
      ec2AclEntry(110, { protocol: 'tcp', fromPort: 443, toPort: 443 }),
    ]);
    expect(judge(narrowDeny, narrowAllow).map((f) => f.status)).toEqual(['FAIL', 'PASS']);
  });

  it('ignores outbound entries and non-TCP/UDP protocols', () => {
    const acl = ec2NetworkAcl('acl-egress', [
      ec2AclEntry(100, { egress: true }),
      ec2AclEntry(110, { protocol: 'icmp' }),
      ec2AclEntry(120, { protocol: '50' }),
    ]);
    expect(judge(acl)).toMatchObject([{ status: 'PASS' }]);
  });

  it('is an ERROR when the network ACLs cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.networkAcls', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
