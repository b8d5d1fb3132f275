import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AutoscalingGroup } from '../../inventory/autoscaling.js';
import { autoscalingGroupMultipleInstanceTypes as check } from './autoscaling-group-multiple-instance-types.js';
import { asGroup } from './autoscaling-test-builders.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: AutoscalingGroup[]) =>
  new InventoryBuilder().regional(REGION, 'autoscaling.groups', groups).build();

describe('autoscaling-group-multiple-instance-types', () => {
  it('passes on the region when it has no Auto Scaling groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a compliant group and fails a faulty one', () => {
    const findings = evaluate(
      check,
      withGroups(asGroup('good'), asGroup('bad', { overrideInstanceTypes: [] })),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAutoScalingAutoScalingGroup' },
      { status: 'FAIL', message: 'Auto Scaling group bad launches a single instance type.' },
    ]);
  });

  it('passes a group selecting instance types by attributes, and fails one override only', () => {
    const findings = evaluate(
      check,
      withGroups(
        asGroup('abis', { overrideInstanceTypes: [], attributeBasedInstanceTypes: true }),
        asGroup('one', { overrideInstanceTypes: ['m5.large'] }),
      ),
    );
    expect(findings.map((finding) => finding.status)).toEqual(['PASS', 'FAIL']);
  });

  it('is an ERROR when the groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'autoscaling.groups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
