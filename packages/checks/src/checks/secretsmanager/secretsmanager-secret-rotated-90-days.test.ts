import { describe, expect, it } from 'vitest';
import { daysAgo, evaluate, InventoryBuilder, SECRETS_REGION, secret } from '../../fixtures/index.js';
import type { SecretsManagerSecret } from '../../inventory/secretsmanager.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { secretsmanagerSecretRotated90Days as check } from './secretsmanager-secret-rotated-90-days.js';

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

describe('secretsmanager-secret-rotated-90-days', () => {
  it('passes a secret rotated 90 days ago and fails one rotated 91 days ago', () => {
    const findings = evaluate(
      check,
      withSecrets(
        secret('recent', { createdAt: daysAgo(400), lastRotatedAt: daysAgo(90) }),
        secret('stale', { createdAt: daysAgo(400), lastRotatedAt: daysAgo(91), rotationEnabled: true }),
      ),
    );
    expect(names(findings)).toEqual([
      ['recent', 'PASS'],
      ['stale', 'FAIL'],
    ]);
  });

  it('counts a never-rotated secret from its creation', () => {
    const findings = evaluate(
      check,
      withSecrets(secret('young', { createdAt: daysAgo(30) }), secret('old', { createdAt: daysAgo(365) })),
    );
    expect(names(findings)).toEqual([
      ['young', 'PASS'],
      ['old', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('never been rotated');
  });

  expectScopeAndErrors(check);
});
