import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { GuardDutyDetector } from '../../inventory/guardduty.js';
import { guarddutyDetectorEnabled } from './guardduty-detector-enabled.js';

const REGION = 'eu-west-1';
const detector = (status: string): GuardDutyDetector => ({
  id: 'd1',
  arn: `arn:aws:guardduty:${REGION}:111111111111:detector/d1`,
  details: readOk({ status, features: {} }),
});
const withDetectors = (...detectors: GuardDutyDetector[]) =>
  new InventoryBuilder().regional(REGION, 'guardduty.detectors', detectors).build();

describe('guardduty-detector-enabled', () => {
  it('passes an ENABLED detector', () => {
    expect(evaluate(guarddutyDetectorEnabled, withDetectors(detector('ENABLED')))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsGuardDutyDetector', evidence: { status: 'ENABLED' } },
    ]);
  });

  it('fails a suspended detector, and a region without any detector', () => {
    expect(evaluate(guarddutyDetectorEnabled, withDetectors(detector('DISABLED')))).toMatchObject([
      { status: 'FAIL', resourceType: 'AwsGuardDutyDetector' },
    ]);
    const [finding] = evaluate(guarddutyDetectorEnabled, withDetectors());
    expect(finding).toMatchObject({
      status: 'FAIL',
      resourceId: `arn:aws:account::111111111111:account/${REGION}`,
    });
    expect(finding?.message).toContain('no detector');
  });

  it('is an ERROR with the AWS code when the detector or the list cannot be read', () => {
    const locked = {
      ...detector('ENABLED'),
      details: readFailed('AccessDeniedException', 'guardduty:GetDetector'),
    };
    expect(evaluate(guarddutyDetectorEnabled, withDetectors(locked))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'guardduty.detectors', 'AccessDeniedException', 'guardduty:ListDetectors')
      .build();
    expect(evaluate(guarddutyDetectorEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
