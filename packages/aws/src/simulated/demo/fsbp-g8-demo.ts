import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's CodeBuild projects and SageMaker notebook instances (FSBP group g8), per account. What each account plants:
 * - prod-web, us-east-1: `web-build`, a Bitbucket project done right (no credentials in its URL, its deploy
 *   key from Parameter Store, CloudWatch Logs and encrypted S3 logs); `legacy-build`, whose Bitbucket URL
 *   embeds an access token, with AWS keys in plaintext variables and unencrypted S3 logs (its only logs);
 *   `nightly-report`, clean but with CloudWatch Logs turned off and no S3 logs
 * - prod-data, us-east-1: notebook instance `ml-research`, in a VPC subnet without direct internet or root
 *   access, on Amazon Linux 2023; `legacy-notebook`, created without options on the older
 *   notebook-al2-v2 platform (direct internet, service VPC, root access)
 */
const STATES: Readonly<Record<string, Partial<AccountServices>>> = {
  // prod-web
  '444444444444': {
    codebuild: {
      regions: {
        'us-east-1': {
          projects: [
            {
              name: 'web-build',
              source: { type: 'BITBUCKET', location: 'https://bitbucket.org/demo-corp/web.git' },
              environmentVariables: [
                { name: 'AWS_SECRET_ACCESS_KEY', value: '/web-build/deploy-secret', type: 'PARAMETER_STORE' },
                { name: 'STAGE', value: 'prod' },
              ],
              s3Logs: { location: 'demo-corp-build-logs/web-build' },
            },
            {
              name: 'legacy-build',
              source: {
                type: 'BITBUCKET',
                location:
                  'https://x-token-auth:ATBBdemoToken0000000000000000@bitbucket.org/demo-corp/legacy.git',
              },
              environmentVariables: [
                { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' },
                { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
              ],
              cloudWatchLogs: false,
              s3Logs: { location: 'demo-corp-build-logs/legacy-build', encryptionDisabled: true },
            },
            {
              name: 'nightly-report',
              source: {
                type: 'CODECOMMIT',
                location: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/report',
              },
              cloudWatchLogs: false,
            },
          ],
        },
      },
    },
  },
  // prod-data
  '555555555555': {
    sagemaker: {
      regions: {
        'us-east-1': {
          notebookInstances: [
            {
              name: 'ml-research',
              directInternetAccess: 'Disabled',
              subnetId: 'subnet-0d0e0f0a0b0c00001',
              rootAccess: 'Disabled',
              platformIdentifier: 'notebook-al2023-v1',
            },
            { name: 'legacy-notebook', platformIdentifier: 'notebook-al2-v2' },
          ],
        },
      },
    },
  },
};

/** The group's services of `accountId` (spread into the account's services; nothing planted: none). */
export function demoFsbpG8Services(accountId: string): Partial<AccountServices> {
  return STATES[accountId] ?? {};
}
