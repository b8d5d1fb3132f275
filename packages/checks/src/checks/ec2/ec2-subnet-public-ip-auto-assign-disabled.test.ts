import { describe, expect, it } from 'vitest';
import { ec2Subnet, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Subnet } from '../../inventory/ec2.js';
import { ec2SubnetPublicIpAutoAssignDisabled as check } from './ec2-subnet-public-ip-auto-assign-disabled.js';

const REGION = 'eu-west-1';
const withSubnets = (...subnets: Ec2Subnet[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.subnets', subnets).build();

describe('ec2-subnet-public-ip-auto-assign-disabled', () => {
  it('passes on the region when it has no subnets', () => {
    expect(evaluate(check, withSubnets())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a private subnet and fails subnets assigning public IPv4 or IPv6 addresses', () => {
    const findings = evaluate(
      check,
      withSubnets(
        ec2Subnet('subnet-private'),
        ec2Subnet('subnet-default', { defaultForAz: true, mapPublicIpOnLaunch: true }),
        ec2Subnet('subnet-v6', { assignIpv6AddressOnCreation: true }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-private',
        resourceType: 'AwsEc2Subnet',
      },
      { status: 'FAIL', message: 'Subnet subnet-default assigns a public IPv4 address on launch.' },
      { status: 'FAIL', message: 'Subnet subnet-v6 assigns an IPv6 address on interface creation.' },
    ]);
  });

  it('is an ERROR when the subnets cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.subnets').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
