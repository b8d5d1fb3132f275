import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** dev-sandbox also opted in to eu-south-1; an SCP denies it sa-east-1, where every read is AccessDenied. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  [management]: DEFAULT_REGIONS,
  [securityTooling]: DEFAULT_REGIONS,
  [logArchive]: DEFAULT_REGIONS,
  [prodWeb]: DEFAULT_REGIONS,
  [prodData]: DEFAULT_REGIONS,
  [devSandbox]: [...DEFAULT_REGIONS, 'eu-south-1'],
  [sharedServices]: DEFAULT_REGIONS,
};

const CODEBUILD = {
  sourceUrl: 'codebuild-project-source-url-no-credentials',
  envCredentials: 'codebuild-project-env-no-plaintext-aws-credentials',
  s3LogsEncrypted: 'codebuild-project-s3-logs-encrypted',
  logging: 'codebuild-project-logging-enabled',
} as const;

const project = (account: string, region: string, name: string) =>
  `arn:aws:codebuild:${region}:${account}:project/${name}`;

/** One project's results on the CodeBuild checks, in the order of CODEBUILD. */
function codebuildRows(
  account: string,
  region: string,
  name: string,
  statuses: [sourceUrl: string, envCredentials: string, s3LogsEncrypted: string, logging: string],
): [string, string, string, string, string][] {
  return Object.values(CODEBUILD).map((check, index) => [
    account,
    region,
    check,
    project(account, region, name),
    statuses[index]!,
  ]);
}

const SAGEMAKER = {
  noInternet: 'sagemaker-notebook-no-direct-internet-access',
  inVpc: 'sagemaker-notebook-in-vpc',
  noRoot: 'sagemaker-notebook-root-access-disabled',
  platform: 'sagemaker-notebook-supported-platform',
} as const;

const notebook = (account: string, region: string, name: string) =>
  `arn:aws:sagemaker:${region}:${account}:notebook-instance/${name}`;

/** [account, region, check, resource, status] of every planted resource (fsbp-g8-demo.ts). */
const PLANTED: [string, string, string, string, string][] = [
  // prod-web's web-build does everything right; legacy-build leaks a token and keys and logs to S3 in clear
  // (its S3 logs still count as logging); nightly-report keeps no logs at all.
  ...codebuildRows(prodWeb, 'us-east-1', 'web-build', ['PASS', 'PASS', 'PASS', 'PASS']),
  ...codebuildRows(prodWeb, 'us-east-1', 'legacy-build', ['FAIL', 'FAIL', 'FAIL', 'PASS']),
  ...codebuildRows(prodWeb, 'us-east-1', 'nightly-report', ['PASS', 'PASS', 'PASS', 'FAIL']),
  // prod-data's ml-research does everything right; legacy-notebook (no options, notebook-al2-v2) nothing.
  ...Object.values(SAGEMAKER).flatMap((check): [string, string, string, string, string][] => [
    [prodData, 'us-east-1', check, notebook(prodData, 'us-east-1', 'ml-research'), 'PASS'],
    [prodData, 'us-east-1', check, notebook(prodData, 'us-east-1', 'legacy-notebook'), 'FAIL'],
  ]),
];

/** The group's regional checks, each run in every region of every scanned account. */
const REGIONAL_CHECKS: readonly string[] = [...Object.values(CODEBUILD), ...Object.values(SAGEMAKER)];

/**
 * Every regional check in every region of every scanned account: the planted resources where there are
 * some, else one result on the region itself — PASS elsewhere but in dev-sandbox's SCP-denied sa-east-1 (not evaluated)
 * (nothing to judge).
 */
function regionalRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const [account, regions] of Object.entries(REGIONS)) {
    for (const region of regions) {
      for (const check of REGIONAL_CHECKS) {
        const planted = PLANTED.filter((row) => row[0] === account && row[1] === region && row[2] === check);
        if (planted.length > 0) {
          rows.push(
            ...planted.map(
              ([, , , resourceId, status]): ExpectedFinding => [account, check, resourceId, status],
            ),
          );
        } else {
          const denied = account === devSandbox && region === SCP_DENIED_REGION;
          if (!denied) rows.push([account, check, acctRegion(account, region), 'PASS']);
        }
      }
    }
  }
  return rows;
}

/** Checks of FSBP group g8 (CodeBuild, SageMaker notebook instances): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G8: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G8. */
export const FSBP_G8_CHECKS: string[] = [...REGIONAL_CHECKS];
