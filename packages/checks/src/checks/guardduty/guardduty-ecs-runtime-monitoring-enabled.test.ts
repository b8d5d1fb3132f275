import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { GuardDutyDetector, GuardDutyFeature } from '../../inventory/guardduty.js';
import { guarddutyEcsRuntimeMonitoringEnabled as check } from './guardduty-ecs-runtime-monitoring-enabled.js';

const REGION = 'eu-west-1';
const FEATURE = 'RUNTIME_MONITORING';
const ADDITIONAL = 'ECS_FARGATE_AGENT_MANAGEMENT';

function detector(features: Record<string, GuardDutyFeature>, status = 'ENABLED'): GuardDutyDetector {
  return {
    id: 'd1',
    arn: `arn:aws:guardduty:${REGION}:111111111111:detector/d1`,
    details: readOk({ status, features }),
  };
}
const on = (additional: Record<string, boolean> = {}): GuardDutyFeature => ({ enabled: true, additional });
const off = (additional: Record<string, boolean> = {}): GuardDutyFeature => ({ enabled: false, additional });
const required = (): Record<string, boolean> => ({ [ADDITIONAL]: true });
const withDetectors = (...detectors: GuardDutyDetector[]) =>
  new InventoryBuilder().regional(REGION, 'guardduty.detectors', detectors).build();

describe('guardduty-ecs-runtime-monitoring-enabled', () => {
  it('passes a detector with the protection enabled', () => {
    const [finding] = evaluate(check, withDetectors(detector({ [FEATURE]: on(required()), DNS_LOGS: on() })));
    expect(finding).toMatchObject({ status: 'PASS', resourceType: 'AwsGuardDutyDetector' });
    expect(finding?.evidence).toMatchObject({ detectorStatus: 'ENABLED' });
  });

  it('fails a detector whose feature is off or missing', () => {
    expect(evaluate(check, withDetectors(detector({ [FEATURE]: off(required()) })))).toMatchObject([
      { status: 'FAIL' },
    ]);
    expect(evaluate(check, withDetectors(detector({})))).toMatchObject([{ status: 'FAIL' }]);
  });

  it('fails when the feature is on but its agent management is off', () => {
    const agentOff = { [ADDITIONAL]: false };
    expect(evaluate(check, withDetectors(detector({ [FEATURE]: on(agentOff) })))).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('passes a region without a detector (GuardDuty.1 judges that)', () => {
    expect(evaluate(check, withDetectors())).toMatchObject([
      { status: 'PASS', resourceId: `arn:aws:account::111111111111:account/${REGION}` },
    ]);
  });

  it('is an ERROR with the AWS code when the detector or the list cannot be read', () => {
    const locked = { ...detector({}), details: readFailed('AccessDeniedException', 'guardduty:GetDetector') };
    expect(evaluate(check, withDetectors(locked))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'guardduty.detectors', 'Throttling', 'guardduty:ListDetectors')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'Throttling' }]);
  });
});
