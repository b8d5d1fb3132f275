import { describe, expect, it } from 'vitest';
import { credentialReport, credentialReportUser, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { iamUserConsoleMfaEnabled } from './iam-user-console-mfa-enabled.js';

const withUsers = (...users: ReturnType<typeof credentialReportUser>[]) =>
  new InventoryBuilder().global('iam.credentialReport', credentialReport(users)).build();

describe('iam-user-console-mfa-enabled', () => {
  it('passes at account level when no user has a console password', () => {
    const findings = evaluate(iamUserConsoleMfaEnabled, withUsers(credentialReportUser('ci-bot')));
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('reports each console user: with MFA passes, without fails', () => {
    const findings = evaluate(
      iamUserConsoleMfaEnabled,
      withUsers(
        credentialReportUser('alice', { passwordEnabled: true, mfaActive: true }),
        credentialReportUser('bob', { passwordEnabled: true, mfaActive: false }),
        credentialReportUser('deploy', { passwordEnabled: false }),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:iam::111111111111:user/alice', 'PASS'],
      ['arn:aws:iam::111111111111:user/bob', 'FAIL'],
    ]);
  });

  it('is an ERROR when the credential report cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.credentialReport', 'ReportInProgress').build();
    expect(evaluate(iamUserConsoleMfaEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'ReportInProgress' },
    ]);
  });
});
