import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { secretResource } from './secret-resource.js';

/**
 * FSBP SecretsManager.1: every secret has automatic rotation enabled. The control's optional
 * maximumAllowedRotationFrequency is unset by default, so any rotation interval passes.
 */
export const secretsmanagerSecretRotationEnabled = defineCheck({
  id: 'secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  service: 'secretsmanager',
  severity: 'medium',
  scope: 'regional',
  requires: ['secretsmanager.secrets'],
  compliance: { 'aws-fsbp': ['SecretsManager.1'] },
  remediation: {
    text: 'Turn on automatic rotation for the secret with a rotation function (managed rotation for RDS, Redshift and DocumentDB credentials).',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function arn> --rotation-rules AutomaticallyAfterDays=30 --region <region>',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  evaluate(ctx) {
    const secrets = ctx.slice('secretsmanager.secrets');
    if (secrets.length === 0) return [pass(ctx.scopeResource, `No Secrets Manager secret in ${ctx.region}.`)];
    return secrets.map((secret) => {
      const evidence = {
        rotationEnabled: secret.rotationEnabled,
        rotationIntervalDays: secret.rotationIntervalDays,
      };
      if (!secret.rotationEnabled) {
        return fail(
          secretResource(secret),
          `Secret ${secret.name} has automatic rotation turned off.`,
          evidence,
        );
      }
      const every =
        secret.rotationIntervalDays === null ? 'on a schedule' : `every ${secret.rotationIntervalDays} days`;
      return pass(secretResource(secret), `Secret ${secret.name} rotates automatically ${every}.`, evidence);
    });
  },
});
