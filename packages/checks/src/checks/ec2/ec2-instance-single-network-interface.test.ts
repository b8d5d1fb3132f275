import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import { ec2InstanceSingleNetworkInterface as check } from './ec2-instance-single-network-interface.js';

const REGION = 'eu-west-1';
const withInstances = (...instances: Ec2Instance[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.instances', instances).build();

describe('ec2-instance-single-network-interface', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes an instance with one interface and fails one with two', () => {
    const findings = evaluate(
      check,
      withInstances(ec2Instance('i-one'), ec2Instance('i-two', { networkInterfaceCount: 2 })),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-one' },
      {
        status: 'FAIL',
        message: 'Instance i-two has 2 network interfaces attached.',
        evidence: { networkInterfaces: 2 },
      },
    ]);
  });

  it('is an ERROR when the instances cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.instances').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
