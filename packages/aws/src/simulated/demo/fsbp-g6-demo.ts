import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's EKS clusters and DynamoDB tables (FSBP group g6), per account. What each account
 * plants:
 * - prod-web, us-east-1: `web-prod`, a cluster that does everything FSBP asks (private API server endpoint
 *   only, Kubernetes 1.35, in standard support, secrets encrypted with a KMS key, audit logs on);
 *   `web-legacy`, a Kubernetes 1.21 cluster (a version EKS no longer lists) created without options (public
 *   endpoint, secrets not envelope-encrypted, no control plane logs)
 * - prod-data, us-east-1: DynamoDB `orders` with deletion protection and point-in-time recovery;
 *   `sessions` created without options (neither)
 */
const STATES: Readonly<Record<string, Partial<AccountServices>>> = {
  // prod-web
  '444444444444': {
    eks: {
      regions: {
        'us-east-1': {
          clusters: [
            {
              name: 'web-prod',
              version: '1.35',
              endpointPublicAccess: false,
              secretsKmsKeyArn: 'arn:aws:kms:us-east-1:444444444444:key/6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
              enabledLogTypes: ['api', 'audit', 'authenticator'],
            },
            { name: 'web-legacy', version: '1.21' },
          ],
        },
      },
    },
  },
  // prod-data
  '555555555555': {
    dynamodb: {
      regions: {
        'us-east-1': {
          tables: [
            { name: 'orders', deletionProtectionEnabled: true, pointInTimeRecoveryEnabled: true },
            { name: 'sessions' },
          ],
        },
      },
    },
  },
};

/** The group's services of `accountId` (spread into the account's services; nothing planted: none). */
export function demoFsbpG6Services(accountId: string): Partial<AccountServices> {
  return STATES[accountId] ?? {};
}
