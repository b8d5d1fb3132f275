import { createHash } from 'node:crypto';
import type * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { boundedPageSize, daysBefore, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof SecretsManager>> = SimulatedAnswer<
  typeof SecretsManager,
  Op
>;

/** Secrets Manager ends every secret ARN with a dash and six random characters; stable here. */
function arnSuffix(accountId: string, region: string, name: string): string {
  return createHash('sha256').update(`${accountId}/${region}/${name}`).digest('base64url').slice(0, 6);
}

/** AWS keeps only the day of the last access. */
function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Simulated Secrets Manager: the secrets of `services.secretsmanager.secrets`, each in its own region. */
export const simulatedSecretsmanager = {
  ListSecrets: ({ caller, region, input, now }): Answer<'ListSecrets'> => {
    const secrets = (caller.services?.secretsmanager?.secrets ?? []).filter(
      (secret) => secret.region === region,
    );
    const size = boundedPageSize(input.MaxResults, 100, 1, 100, 'MaxResults');
    const { items, next } = page(secrets, input.NextToken, size);
    return {
      SecretList: items.map((secret) => {
        const lastRotated =
          secret.lastRotatedDaysAgo === undefined ? undefined : daysBefore(now, secret.lastRotatedDaysAgo);
        const rotationBase = lastRotated ?? daysBefore(now, secret.createdDaysAgo);
        return {
          ARN: `arn:aws:secretsmanager:${region}:${caller.id}:secret:${secret.name}-${arnSuffix(caller.id, region, secret.name)}`,
          Name: secret.name,
          CreatedDate: daysBefore(now, secret.createdDaysAgo),
          LastChangedDate: lastRotated ?? daysBefore(now, secret.createdDaysAgo),
          ...(lastRotated ? { LastRotatedDate: lastRotated } : {}),
          ...(secret.lastAccessedDaysAgo === undefined
            ? {}
            : { LastAccessedDate: dayOf(daysBefore(now, secret.lastAccessedDaysAgo)) }),
          ...(secret.rotationDays === undefined
            ? {}
            : {
                RotationEnabled: true,
                RotationLambdaARN: `arn:aws:lambda:${region}:${caller.id}:function:rotate-secrets`,
                RotationRules: { AutomaticallyAfterDays: secret.rotationDays },
                NextRotationDate: daysBefore(rotationBase, -secret.rotationDays),
              }),
          SecretVersionsToStages: { 'v1-simulated': ['AWSCURRENT'] },
        };
      }),
      ...(next ? { NextToken: next } : {}),
    };
  },
} satisfies SimulatedService<typeof SecretsManager>;
