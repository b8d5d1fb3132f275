import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { describe, expect, it } from 'vitest';
import { runCli, workDirectory } from '../test-support/run-cli.js';

const cwd = workDirectory();

describe('orgscan scan: when the scan cannot run', { timeout: 180_000 }, () => {
  it('exits 3 naming the cause when the AWS credentials cannot be read', async () => {
    const run = await runCli(['scan', '-o', join(cwd, 'none')], {
      cwd,
      env: {
        AWS_PROFILE: 'orgscan-no-such-profile',
        AWS_CONFIG_FILE: join(cwd, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(cwd, 'no-credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(run.stderr).toMatch(
      /the scan could not run\. AWS Organizations could not be read: organizations:DescribeOrganization failed with CredentialsProviderError: Could not load credentials/,
    );
    expect(run.code).toBe(3);
  });

  it('exits 3 when Organizations is denied (the management role cannot be assumed)', async () => {
    const run = await runCli(
      [
        'scan',
        '--demo',
        '--org-role-arn',
        `arn:aws:iam::${DEMO_ACCOUNTS.management}:role/NotThere`,
        '-o',
        join(cwd, 'denied'),
      ],
      { cwd },
    );
    expect(run.stderr).toMatch(
      /AWS Organizations could not be read: sts:AssumeRole failed with AccessDenied/,
    );
    expect(run.code).toBe(3);
  });

  it('exits 3 when no account could be entered, with the reason, and still writes the result', async () => {
    const dir = join(cwd, 'all-failed');
    const run = await runCli(
      ['scan', '--demo', '--accounts', DEMO_ACCOUNTS.devExperiments, '--format', 'json', '-o', dir],
      { cwd },
    );
    expect(run.stderr).toMatch(
      /No account could be scanned \(1 assume-role-denied\): sts:AssumeRole failed with AccessDenied/,
    );
    expect(run.code).toBe(3);
  });

  it('scans the credentials’ own account alone with --single-account', async () => {
    const run = await runCli(
      ['scan', '--demo', '--single-account', '--services', 'iam', '--format', 'summary', '-q'],
      { cwd },
    );
    expect(run.stdout).toContain(`organization ${DEMO_ACCOUNTS.management}`);
    expect(run.stdout).toContain('Status completed: 1 of 1 accounts scanned');
    expect(run.code).toBe(0);
  });
});
