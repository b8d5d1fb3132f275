import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, error, fail, pass } from '../../model/check-result.js';
import { secretResource } from './secret-resource.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A rotation runs within a window of up to 24 hours after it is due (RotationRules.Duration). */
const ROTATION_WINDOW_DAYS = 1;

/**
 * FSBP SecretsManager.2: a secret with automatic rotation rotates as scheduled. Its next rotation is
 * NextRotationDate, or the last rotation (the creation, if never rotated) plus the rotation interval; it
 * fails when that moment is more than the rotation window in the past: rotation did not happen. Secrets
 * without rotation are SecretsManager.1's.
 */
export const secretsmanagerSecretRotationOnSchedule = defineCheck({
  id: 'secretsmanager-secret-rotation-on-schedule',
  title: 'Secrets Manager secrets with automatic rotation rotate as scheduled',
  service: 'secretsmanager',
  severity: 'medium',
  scope: 'regional',
  requires: ['secretsmanager.secrets'],
  compliance: { 'aws-fsbp': ['SecretsManager.2'] },
  remediation: {
    text: "Find why rotation fails (the rotation function's CloudWatch Logs, its permissions and network access to the database and to Secrets Manager), fix it, then rotate the secret.",
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --region <region>',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const secret of ctx.slice('secretsmanager.secrets')) {
      if (!secret.rotationEnabled) continue;
      const resource = secretResource(secret);
      const base = secret.lastRotatedAt ?? secret.createdAt;
      const due =
        secret.nextRotationAt ??
        (base !== null && secret.rotationIntervalDays !== null
          ? new Date(Date.parse(base) + secret.rotationIntervalDays * DAY_MS).toISOString()
          : null);
      if (due === null) {
        results.push(
          error(
            resource,
            'RotationScheduleUnknown',
            `Secret ${secret.name} rotates on a schedule, but AWS reported neither its next rotation nor its interval.`,
          ),
        );
        continue;
      }
      const overdueDays = ageInDays(due, ctx.now) ?? 0;
      const evidence = {
        lastRotatedAt: secret.lastRotatedAt,
        nextRotationAt: due,
        overdueDays: Math.max(overdueDays, 0),
      };
      results.push(
        overdueDays > ROTATION_WINDOW_DAYS
          ? fail(
              resource,
              `Secret ${secret.name} was due to rotate ${overdueDays} days ago and has not rotated since ${secret.lastRotatedAt ?? 'its creation'}.`,
              evidence,
            )
          : pass(resource, `Secret ${secret.name} rotates on schedule (next rotation ${due}).`, evidence),
      );
    }
    if (results.length === 0)
      return [pass(ctx.scopeResource, `No Secrets Manager secret with automatic rotation in ${ctx.region}.`)];
    return results;
  },
});
