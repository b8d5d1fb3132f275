import { checks } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { runCli, workDirectory } from '../test-support/run-cli.js';

const cwd = workDirectory();

describe('orgscan checks', { timeout: 180_000 }, () => {
  it('lists the checks, narrowed by framework requirements and services', async () => {
    const all = JSON.parse((await runCli(['checks', '--json'], { cwd })).stdout) as Array<{ id: string }>;
    expect(all.map((check) => check.id).sort()).toEqual(checks.map((check) => check.id).sort());
    const some = await runCli(['checks', '--framework', 'cis-aws-7.0.0=2.4,2.5', '--json'], { cwd });
    expect((JSON.parse(some.stdout) as Array<{ id: string }>).map((check) => check.id).sort()).toEqual([
      'iam-root-access-keys-absent',
      'iam-root-mfa-enabled',
    ]);
    const table = await runCli(['checks', '--services', 's3'], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('s3-bucket-public-access-blocked');
    expect(table.stdout).toMatch(
      new RegExp(`${checks.filter((check) => check.service === 's3').length} check\\(s\\)`),
    );
  });

  it('lists the frameworks and a framework’s requirements with the checks behind each', async () => {
    const frameworks = JSON.parse((await runCli(['checks', '--frameworks', '--json'], { cwd })).stdout);
    expect(frameworks.map((framework: { id: string }) => framework.id)).toEqual([
      'cis-aws-7.0.0',
      'account-checklist',
      'aws-fsbp',
      'nist-800-53-r5',
      'pci-dss-4.0',
    ]);
    const requirements = JSON.parse(
      (await runCli(['checks', '--requirements', 'cis-aws-7.0.0', '--json'], { cwd })).stdout,
    );
    expect(requirements).toHaveLength(70);
    expect(requirements.find((requirement: { id: string }) => requirement.id === '2.5').checks).toEqual([
      'iam-root-mfa-enabled',
    ]);
    const fsbp = JSON.parse(
      (await runCli(['checks', '--requirements', 'aws-fsbp', '--json'], { cwd })).stdout,
    );
    expect(fsbp.find((requirement: { id: string }) => requirement.id === 'S3.1').checks).toEqual([
      's3-account-public-access-blocked',
    ]);
    const unknown = await runCli(['checks', '--requirements', 'nist'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--requirements: unknown framework nist');
  });
});
