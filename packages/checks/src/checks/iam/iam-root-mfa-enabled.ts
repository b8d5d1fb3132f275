import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rootCredentialRow } from './root-credential-row.js';

export const iamRootMfaEnabled = defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'MFA is enabled for the root user',
  service: 'iam',
  severity: 'critical',
  scope: 'global',
  requires: ['iam.accountSummary', 'iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.5'], 'account-checklist': ['2'] },
  remediation: {
    text: 'Sign in as the root user and assign an MFA device (hardware preferred) under Security credentials.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  evaluate(ctx) {
    // Two sources, both must agree: the account summary flag and the credential report's root row.
    const summary = ctx.slice('iam.accountSummary');
    if (!summary.accountMfaEnabled) {
      return [
        fail(ctx.scopeResource, 'The root user has no MFA device (account summary AccountMFAEnabled = 0).'),
      ];
    }
    const root = rootCredentialRow(ctx);
    if (!root.mfaActive) {
      return [fail(ctx.scopeResource, 'The credential report shows mfa_active = false for the root user.')];
    }
    return [pass(ctx.scopeResource, 'The root user has MFA enabled.')];
  },
});
