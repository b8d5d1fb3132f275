import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import type { SsmManagedInstance } from '../../inventory/ssm.js';
import { ssmInstanceManaged as check } from './ssm-instance-managed.js';

const REGION = 'eu-west-1';
const inventory = (instances: Ec2Instance[], managed: SsmManagedInstance[]) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.instances', instances)
    .regional(REGION, 'ssm.managedInstances', managed)
    .build();

describe('ssm-instance-managed', () => {
  it('passes on the region when it has no running or stopped instance', () => {
    const findings = evaluate(check, inventory([ec2Instance('i-starting', { state: 'pending' })], []));
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes managed instances and fails running or stopped ones Systems Manager does not know', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Instance('i-managed'), ec2Instance('i-unmanaged'), ec2Instance('i-parked', { state: 'stopped' })],
        [
          { instanceId: 'i-managed', pingStatus: 'Online' },
          { instanceId: 'mi-onprem', pingStatus: 'Online' },
        ],
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-managed' },
      { status: 'FAIL', message: 'Instance i-unmanaged (running) is not managed by Systems Manager.' },
      { status: 'FAIL', message: 'Instance i-parked (stopped) is not managed by Systems Manager.' },
    ]);
  });

  it('is an ERROR when the managed nodes cannot be read', () => {
    const failed = new InventoryBuilder()
      .regional(REGION, 'ec2.instances', [ec2Instance('i-1')])
      .regionalError(REGION, 'ssm.managedInstances', 'AccessDeniedException')
      .build();
    expect(evaluate(check, failed)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDeniedException' }]);
  });
});
