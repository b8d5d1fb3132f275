import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { secretResource } from './secret-resource.js';

/** FSBP SecretsManager.3's unusedForDays default. */
const MAX_UNUSED_DAYS = 90;

/**
 * FSBP SecretsManager.3: every secret was accessed within 90 days. A secret never accessed counts from its
 * creation (a new secret is not unused yet).
 */
export const secretsmanagerSecretUsed90Days = defineCheck({
  id: 'secretsmanager-secret-used-90-days',
  title: 'Secrets Manager secrets unused for 90 days are removed',
  service: 'secretsmanager',
  severity: 'medium',
  scope: 'regional',
  requires: ['secretsmanager.secrets'],
  compliance: { 'aws-fsbp': ['SecretsManager.3'] },
  remediation: {
    text: 'Confirm nothing still needs the secret (CloudTrail GetSecretValue events), then schedule its deletion.',
    cli: 'aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30 --region <region>',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
  },
  evaluate(ctx) {
    const secrets = ctx.slice('secretsmanager.secrets');
    if (secrets.length === 0) return [pass(ctx.scopeResource, `No Secrets Manager secret in ${ctx.region}.`)];
    return secrets.map((secret) => {
      const idle = ageInDays(secret.lastAccessedAt ?? secret.createdAt, ctx.now);
      const evidence = { lastAccessedAt: secret.lastAccessedAt, createdAt: secret.createdAt, idleDays: idle };
      const since = secret.lastAccessedAt === null ? 'never accessed since its creation' : 'last accessed';
      return idle !== null && idle >= MAX_UNUSED_DAYS
        ? fail(secretResource(secret), `Secret ${secret.name} was ${since} ${idle} days ago.`, evidence)
        : pass(
            secretResource(secret),
            `Secret ${secret.name} was used within ${MAX_UNUSED_DAYS} days.`,
            evidence,
          );
    });
  },
});
