import { describe, expect, it } from 'vitest';
import { ec2NetworkAcl, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2NetworkAcl } from '../../inventory/ec2.js';
import { ec2NetworkAclAssociated as check } from './ec2-network-acl-associated.js';

const REGION = 'eu-west-1';
const withAcls = (...acls: Ec2NetworkAcl[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.networkAcls', acls).build();

describe('ec2-network-acl-associated', () => {
  it('passes on the region when it has only default network ACLs, used or not', () => {
    const findings = evaluate(
      check,
      withAcls(ec2NetworkAcl('acl-default', [], { isDefault: true, associatedSubnetIds: [] })),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceType: 'AwsAccountRegion',
        message: 'No non-default network ACLs in eu-west-1.',
      },
    ]);
  });

  it('passes a custom ACL in use and fails one associated with no subnet', () => {
    const findings = evaluate(
      check,
      withAcls(
        ec2NetworkAcl('acl-used', [], { associatedSubnetIds: ['subnet-1', 'subnet-2'] }),
        ec2NetworkAcl('acl-unused', [], { associatedSubnetIds: [] }),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', message: 'Network ACL acl-used is associated with 2 subnet(s).' },
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:network-acl/acl-unused',
        resourceType: 'AwsEc2NetworkAcl',
        message: 'Network ACL acl-unused is associated with no subnet.',
      },
    ]);
  });

  it('is an ERROR when the network ACLs cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.networkAcls').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
