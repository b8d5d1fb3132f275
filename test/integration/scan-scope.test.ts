import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

interface ScanBody {
  status: string;
  checks: string[];
  regions: string[] | null;
  accounts: { accountId: string; apiCalls: number; regionsScanned: string[]; status: string }[];
}

describe('a scoped scan collects only what its checks need', () => {
  let orgscan: InProcessOrgscan;
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  async function scan(body: object): Promise<ScanBody> {
    const response = await orgscan.fetch(`/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    return waitFor(`scan ${id} to finish`, async () => {
      const current = (await (await orgscan.fetch(`/v1/scans/${id}`)).json()) as ScanBody;
      return ['completed', 'incomplete', 'partial', 'failed'].includes(current.status) ? current : undefined;
    });
  }

  it('one check: AssumeRole, DescribeRegions and the one call the check reads', async () => {
    const result = await scan({ checks: ['iam-password-policy-length-14'] });
    expect(result.checks).toEqual(['iam-password-policy-length-14']);
    const prodWeb = result.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.prodWeb);
    expect(prodWeb).toMatchObject({ status: 'succeeded', apiCalls: 3 });
  });

  it('a framework requirement selects its checks; regions narrow where regional data is read', async () => {
    const result = await scan({
      frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['2.4', '2.5'] }],
      regions: ['eu-west-1'],
    });
    expect(result.checks.sort()).toEqual(['iam-root-access-keys-absent', 'iam-root-mfa-enabled']);
    expect(result.regions).toEqual(['eu-west-1']);
    const prodWeb = result.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.prodWeb);
    // AssumeRole, DescribeRegions, GetAccountSummary, GenerateCredentialReport, GetCredentialReport.
    expect(prodWeb).toMatchObject({ status: 'succeeded', apiCalls: 5, regionsScanned: ['eu-west-1'] });
  });

  it('an FSBP control selects the checks that decide it, and collects only their data', async () => {
    const result = await scan({ frameworks: [{ id: 'aws-fsbp', requirements: ['S3.1'] }] });
    expect(result.checks).toEqual(['s3-account-public-access-blocked']);
    const prodWeb = result.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.prodWeb);
    // AssumeRole, DescribeRegions, s3control GetPublicAccessBlock.
    expect(prodWeb).toMatchObject({ status: 'succeeded', apiCalls: 3 });
  });

  it('refuses a selection that names an unknown requirement, saying which field', async () => {
    const response = await orgscan.fetch(`/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['99.1'] }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'body.frameworks[0].requirements' }] });
  });
});
