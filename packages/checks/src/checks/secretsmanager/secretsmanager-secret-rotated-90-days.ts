import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { secretResource } from './secret-resource.js';

/** FSBP SecretsManager.4's maxDaysSinceRotation default. */
const MAX_DAYS_SINCE_ROTATION = 90;

/**
 * FSBP SecretsManager.4: every secret was rotated within 90 days; a secret never rotated counts from its
 * creation. Whether rotation is automatic does not matter here (SecretsManager.1 judges that).
 */
export const secretsmanagerSecretRotated90Days = defineCheck({
  id: 'secretsmanager-secret-rotated-90-days',
  title: 'Secrets Manager secrets were rotated within 90 days',
  service: 'secretsmanager',
  severity: 'medium',
  scope: 'regional',
  requires: ['secretsmanager.secrets'],
  compliance: { 'aws-fsbp': ['SecretsManager.4'] },
  remediation: {
    text: 'Rotate the secret now and turn on automatic rotation at 90 days or less.',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-rules AutomaticallyAfterDays=90 --region <region>',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  evaluate(ctx) {
    const secrets = ctx.slice('secretsmanager.secrets');
    if (secrets.length === 0) return [pass(ctx.scopeResource, `No Secrets Manager secret in ${ctx.region}.`)];
    return secrets.map((secret) => {
      const age = ageInDays(secret.lastRotatedAt ?? secret.createdAt, ctx.now);
      const evidence = {
        lastRotatedAt: secret.lastRotatedAt,
        createdAt: secret.createdAt,
        daysSinceRotation: age,
      };
      const what =
        secret.lastRotatedAt === null ? 'has never been rotated; it was created' : 'was last rotated';
      return age !== null && age > MAX_DAYS_SINCE_ROTATION
        ? fail(secretResource(secret), `Secret ${secret.name} ${what} ${age} days ago.`, evidence)
        : pass(
            secretResource(secret),
            `Secret ${secret.name} ${what} ${age ?? 'an unknown number of'} days ago.`,
            evidence,
          );
    });
  },
});
