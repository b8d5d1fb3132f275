import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import { ec2InstanceParavirtualNotUsed as check } from './ec2-instance-paravirtual-not-used.js';

const REGION = 'eu-west-1';
const withInstances = (...instances: Ec2Instance[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.instances', instances).build();

describe('ec2-instance-paravirtual-not-used', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes HVM instances and fails paravirtual ones', () => {
    const findings = evaluate(
      check,
      withInstances(ec2Instance('i-hvm'), ec2Instance('i-pv', { virtualizationType: 'paravirtual' })),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-hvm' },
      { status: 'FAIL', message: 'Instance i-pv uses paravirtual virtualization.' },
    ]);
  });

  it('is an ERROR when the instances cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.instances').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
