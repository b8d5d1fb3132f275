import { describe, expect, it } from 'vitest';
import { daysAgo, evaluate, InventoryBuilder, SECRETS_REGION, secret } from '../../fixtures/index.js';
import type { SecretsManagerSecret } from '../../inventory/secretsmanager.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { secretsmanagerSecretUsed90Days as check } from './secretsmanager-secret-used-90-days.js';

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

describe('secretsmanager-secret-used-90-days', () => {
  it('passes a secret accessed within 90 days and fails one idle for 90', () => {
    const findings = evaluate(
      check,
      withSecrets(
        secret('busy', { createdAt: daysAgo(500), lastAccessedAt: daysAgo(89) }),
        secret('idle', { createdAt: daysAgo(500), lastAccessedAt: daysAgo(90) }),
      ),
    );
    expect(names(findings)).toEqual([
      ['busy', 'PASS'],
      ['idle', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { idleDays: 90 } });
  });

  it('counts a never-accessed secret from its creation', () => {
    const findings = evaluate(
      check,
      withSecrets(secret('new', { createdAt: daysAgo(3) }), secret('forgotten', { createdAt: daysAgo(200) })),
    );
    expect(names(findings)).toEqual([
      ['new', 'PASS'],
      ['forgotten', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('never accessed');
  });

  expectScopeAndErrors(check);
});
