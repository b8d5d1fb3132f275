import { ListSecretsCommand } from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerSecret } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/**
 * The region's secrets (ListSecrets, all pages): the listing carries rotation settings and dates, so no
 * per-secret call is needed and no secret value is ever read.
 */
export const secretsManagerSecretsCollector: RegionalCollector<'secretsmanager.secrets'> = {
  slice: 'secretsmanager.secrets',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) =>
        api.call(region, 'secretsmanager', new ListSecretsCommand({ MaxResults: 100, NextToken: token })),
      nextToken: (page) => page.NextToken,
      items: (page) => page.SecretList,
      entry: (secret): SecretsManagerSecret | null =>
        secret.ARN
          ? {
              arn: secret.ARN,
              name: secret.Name ?? secret.ARN,
              rotationEnabled: secret.RotationEnabled === true,
              rotationIntervalDays: secret.RotationRules?.AutomaticallyAfterDays ?? null,
              createdAt: secret.CreatedDate?.toISOString() ?? null,
              lastRotatedAt: secret.LastRotatedDate?.toISOString() ?? null,
              lastAccessedAt: secret.LastAccessedDate?.toISOString() ?? null,
              nextRotationAt: secret.NextRotationDate?.toISOString() ?? null,
            }
          : null,
    }),
};
