import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import { ec2InstanceProfileAttached as check } from './ec2-instance-profile-attached.js';

const REGION = 'eu-west-1';
const withInstances = (...instances: Ec2Instance[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.instances', instances).build();

describe('ec2-instance-profile-attached', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes an instance with a profile and fails running and stopped ones without', () => {
    const findings = evaluate(
      check,
      withInstances(
        ec2Instance('i-1'),
        ec2Instance('i-2', { iamInstanceProfileArn: null }),
        ec2Instance('i-3', { iamInstanceProfileArn: null, state: 'stopped' }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-1',
        resourceType: 'AwsEc2Instance',
        evidence: { instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/app' },
      },
      { status: 'FAIL', evidence: { state: 'running', instanceProfileArn: null } },
      { status: 'FAIL', evidence: { state: 'stopped' } },
    ]);
    expect(findings[1]?.message).toContain('Instance i-2 (running) has no IAM instance profile');
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
