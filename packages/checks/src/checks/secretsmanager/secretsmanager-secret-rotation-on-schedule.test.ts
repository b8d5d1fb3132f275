import { describe, expect, it } from 'vitest';
import { daysAgo, evaluate, InventoryBuilder, SECRETS_REGION, secret } from '../../fixtures/index.js';
import type { SecretsManagerSecret } from '../../inventory/secretsmanager.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { secretsmanagerSecretRotationOnSchedule as check } from './secretsmanager-secret-rotation-on-schedule.js';

const REGION = SECRETS_REGION;

const withSecrets = (...secrets: SecretsManagerSecret[]) =>
  new InventoryBuilder().regional(REGION, 'secretsmanager.secrets', secrets).build();
const names = (findings: { resourceId: string; status: string }[]) =>
  findings.map((f) => [
    f.resourceId
      .split(':')
      .at(-1)
      ?.replace(/-AbCdEf$/, ''),
    f.status,
  ]);

function expectScopeAndErrors(check: CheckDefinition) {
  it('passes the region without secrets and is an ERROR with the code when secrets cannot be listed', () => {
    expect(evaluate(check, withSecrets())).toMatchObject([
      { status: 'PASS', resourceId: `arn:aws:account::111111111111:account/${REGION}` },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'secretsmanager.secrets', 'AccessDeniedException', 'secretsmanager:ListSecrets')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
}

describe('secretsmanager-secret-rotation-on-schedule', () => {
  it('passes a secret whose next rotation is ahead and fails one whose rotation is overdue', () => {
    const findings = evaluate(
      check,
      withSecrets(
        secret('fresh', { rotationEnabled: true, rotationIntervalDays: 30, nextRotationAt: daysAgo(-5) }),
        secret('stuck', {
          rotationEnabled: true,
          rotationIntervalDays: 7,
          lastRotatedAt: daysAgo(40),
          nextRotationAt: daysAgo(33),
        }),
      ),
    );
    expect(names(findings)).toEqual([
      ['fresh', 'PASS'],
      ['stuck', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { overdueDays: 33 } });
  });

  it('allows the one-day rotation window, and computes the due date from the interval without NextRotationDate', () => {
    expect(
      evaluate(
        check,
        withSecrets(secret('in-window', { rotationEnabled: true, nextRotationAt: daysAgo(1) })),
      ),
    ).toMatchObject([{ status: 'PASS' }]);
    expect(
      evaluate(
        check,
        withSecrets(
          secret('never-rotated', {
            rotationEnabled: true,
            rotationIntervalDays: 30,
            createdAt: daysAgo(45),
          }),
        ),
      ),
    ).toMatchObject([{ status: 'FAIL' }]);
  });

  it('does not judge secrets without rotation, and cannot judge a schedule AWS does not describe', () => {
    expect(evaluate(check, withSecrets(secret('manual')))).toMatchObject([
      { status: 'PASS', resourceId: `arn:aws:account::111111111111:account/${REGION}` },
    ]);
    expect(
      evaluate(check, withSecrets(secret('cron', { rotationEnabled: true, createdAt: null }))),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'RotationScheduleUnknown' }]);
  });

  expectScopeAndErrors(check);
});
