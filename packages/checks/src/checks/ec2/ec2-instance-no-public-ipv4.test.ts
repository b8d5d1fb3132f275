import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import { ec2InstanceNoPublicIpv4 as check } from './ec2-instance-no-public-ipv4.js';

const REGION = 'eu-west-1';
const withInstances = (...instances: Ec2Instance[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.instances', instances).build();

describe('ec2-instance-no-public-ipv4', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No EC2 instances in eu-west-1.' },
    ]);
  });

  it('passes instances without a public IPv4 address and fails those with one, stopped or running', () => {
    const findings = evaluate(
      check,
      withInstances(
        ec2Instance('i-private'),
        ec2Instance('i-public', { publicIpAddress: '203.0.113.7', state: 'stopped' }),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-private' },
      {
        status: 'FAIL',
        resourceType: 'AwsEc2Instance',
        message: 'Instance i-public has the public IPv4 address 203.0.113.7.',
        evidence: { publicIpAddress: '203.0.113.7' },
      },
    ]);
  });

  it('is an ERROR when the instances cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.instances', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
