import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AutoscalingGroup } from '../../inventory/autoscaling.js';
import { autoscalingGroupLaunchTemplateUsed as check } from './autoscaling-group-launch-template-used.js';
import { asGroup } from './autoscaling-test-builders.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: AutoscalingGroup[]) =>
  new InventoryBuilder().regional(REGION, 'autoscaling.groups', groups).build();

describe('autoscaling-group-launch-template-used', () => {
  it('passes on the region when it has no Auto Scaling groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a compliant group and fails a faulty one', () => {
    const findings = evaluate(
      check,
      withGroups(
        asGroup('good'),
        asGroup('bad', { launchTemplateId: null, launchConfigurationName: 'legacy-lc' }),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAutoScalingAutoScalingGroup' },
      { status: 'FAIL', message: 'Auto Scaling group bad launches from launch configuration legacy-lc.' },
    ]);
  });

  it('is an ERROR when the groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'autoscaling.groups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
