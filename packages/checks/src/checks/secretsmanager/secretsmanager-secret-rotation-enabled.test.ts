import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, SECRETS_REGION, secret } from '../../fixtures/index.js';
import type { SecretsManagerSecret } from '../../inventory/secretsmanager.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { secretsmanagerSecretRotationEnabled as check } from './secretsmanager-secret-rotation-enabled.js';

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

describe('secretsmanager-secret-rotation-enabled', () => {
  it('passes a secret with rotation on and fails one with rotation off', () => {
    const findings = evaluate(
      check,
      withSecrets(secret('db', { rotationEnabled: true, rotationIntervalDays: 30 }), secret('token')),
    );
    expect(names(findings)).toEqual([
      ['db', 'PASS'],
      ['token', 'FAIL'],
    ]);
    expect(findings[0]?.message).toContain('every 30 days');
    expect(findings[1]).toMatchObject({ evidence: { rotationEnabled: false } });
  });

  expectScopeAndErrors(check);
});
