import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's OpenSearch Service domains and ECR repositories (FSBP group g4), per account; the
 * ECS task definitions FSBP judges are data-demo.ts's. What each account plants:
 * - prod-web, us-east-1: ECR `web/frontend` with immutable tags, scan on push and a lifecycle policy;
 *   `web/scratch` created without options (mutable tags, no scanning, no lifecycle policy); no registry
 *   scanning rule
 * - prod-data, us-east-1: `orders-search`, a domain that does everything FSBP asks (in a VPC, encrypted at
 *   rest and between nodes, HTTPS with the latest TLS policy, three data nodes across zones, three
 *   dedicated masters, fine-grained access control, error and audit logs to CloudWatch Logs, up to date);
 *   `legacy-logs`, an Elasticsearch 6.8 domain created without any of it, with a software update pending
 */
const STATES: Readonly<Record<string, Partial<AccountServices>>> = {
  // prod-web
  '444444444444': {
    ecr: {
      regions: {
        'us-east-1': {
          repositories: [
            {
              name: 'web/frontend',
              imageTagMutability: 'IMMUTABLE',
              scanOnPush: true,
              lifecyclePolicy: {
                rules: [
                  {
                    rulePriority: 1,
                    description: 'Expire untagged images after 14 days',
                    selection: {
                      tagStatus: 'untagged',
                      countType: 'sinceImagePushed',
                      countUnit: 'days',
                      countNumber: 14,
                    },
                    action: { type: 'expire' },
                  },
                ],
              },
            },
            { name: 'web/scratch' },
          ],
        },
      },
    },
  },
  // prod-data
  '555555555555': {
    opensearch: {
      regions: {
        'us-east-1': {
          domains: [
            {
              name: 'orders-search',
              engineVersion: 'OpenSearch_2.19',
              vpcId: 'vpc-0d0e0f0a0b0c00001',
              encryptionAtRest: true,
              nodeToNodeEncryption: true,
              enforceHttps: true,
              tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
              instanceCount: 3,
              zoneAwareness: true,
              dedicatedMasterCount: 3,
              fineGrainedAccessControl: true,
              logsToCloudWatch: ['ES_APPLICATION_LOGS', 'AUDIT_LOGS'],
            },
            { name: 'legacy-logs', engineVersion: 'Elasticsearch_6.8', updateAvailable: true },
          ],
        },
      },
    },
  },
};

/** The group's services of `accountId` (spread into the account's services; nothing planted: none). */
export function demoFsbpG4Services(accountId: string): Partial<AccountServices> {
  return STATES[accountId] ?? {};
}
