import { describe, expect, it } from 'vitest';
import { daysAgo, ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import { ec2StoppedInstanceRemovedAfter30Days as check } from './ec2-stopped-instance-removed-after-30-days.js';

const REGION = 'eu-west-1';
const withInstances = (...instances: Ec2Instance[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.instances', instances).build();

describe('ec2-stopped-instance-removed-after-30-days', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes running instances however old, and instances stopped for 30 days or less', () => {
    const findings = evaluate(
      check,
      withInstances(
        ec2Instance('i-running', { launchTime: daysAgo(400) }),
        ec2Instance('i-stopped-30', {
          state: 'stopped',
          stateTransitionTime: daysAgo(30),
          launchTime: daysAgo(400),
        }),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS']);
    expect(findings[1]).toMatchObject({ evidence: { daysStopped: 30, allowedDays: 30 } });
  });

  it('fails an instance stopped for more than 30 days, dated from its state transition', () => {
    const findings = evaluate(
      check,
      withInstances(
        ec2Instance('i-old', { state: 'stopped', stateTransitionTime: daysAgo(31), launchTime: daysAgo(32) }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-old',
        message: `Instance i-old has been stopped for 31 days (since ${daysAgo(31)}).`,
      },
    ]);
  });

  it('dates the stop from the launch time when the transition reason carries no timestamp', () => {
    const findings = evaluate(
      check,
      withInstances(
        ec2Instance('i-launched-long-ago', { state: 'stopped', launchTime: daysAgo(90) }),
        ec2Instance('i-launched-recently', { state: 'stopped', launchTime: daysAgo(3) }),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'PASS']);
  });

  it('is an ERROR for a stopped instance that cannot be dated, and when the instances cannot be read', () => {
    const undated = withInstances(ec2Instance('i-undated', { state: 'stopped', launchTime: null }));
    expect(evaluate(check, undated)).toMatchObject([{ status: 'ERROR', errorCode: 'StopTimeUnknown' }]);
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.instances').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
