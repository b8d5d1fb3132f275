import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workDirectory } from '../test-support/run-cli.js';

const cwd = workDirectory();

describe('orgscan: help, version and usage errors', { timeout: 180_000 }, () => {
  it('prints help with the subcommands and the exit codes, and the version', async () => {
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/scan\b[\s\S]*checks\b[\s\S]*report\b/);
    expect(help.stdout).toContain('orgscan scan --demo');
    const scanHelp = await runCli(['scan', '--help'], { cwd });
    expect(scanHelp.code).toBe(0);
    for (const text of [
      '--fail-on <severity>',
      '--mutes <file>',
      '--single-account',
      '--s3-path-style',
      'Exit codes:',
      '130',
    ]) {
      expect(scanHelp.stdout).toContain(text);
    }
    const version = await runCli(['--version'], { cwd });
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect((await runCli(['report', '--help'], { cwd })).code).toBe(0);
  });

  it.each([
    [['scan', '--no-such-option'], /unknown option '--no-such-option'/],
    [
      ['scan', '--demo', '--fail-on', 'severe'],
      /--fail-on: expected one of critical, high, medium, low, informational, got "severe"/,
    ],
    [['scan', '--demo', '--regions', 'europe'], /--regions: not a region name \(like eu-west-1\): europe/],
    [['scan', '--demo', '--checks', 'no-such-check'], /--checks: unknown check id\(s\): no-such-check/],
    [
      ['scan', '--demo', '--framework', 'cis-aws-7.0.0=99.1'],
      /--framework: unknown requirement id\(s\) of cis-aws-7.0.0: 99\.1/,
    ],
    [['scan', '--demo', '--format', 'pdf'], /--format: unknown format pdf/],
    [
      ['scan', '--demo', '--concurrency', '0'],
      /--concurrency: expected a whole number from 1 to 1024, got "0"/,
    ],
    [['scan', '--demo', '--accounts', '12345'], /--accounts: not a 12-digit account id: 12345/],
    [['scan', '--org-external-id', 'x'], /--org-external-id needs --org-role-arn/],
    [['scan', '--demo', '--mutes', 'missing.yaml'], /--mutes missing\.yaml: cannot be read \(ENOENT\)/],
    [['report'], /missing required argument 'result'/],
    [['report', 'nothing.json'], /nothing\.json: no such file/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const run = await runCli(args, { cwd });
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
  });

  it('refuses an AWS_S3_FORCE_PATH_STYLE that is neither true nor false', async () => {
    const run = await runCli(['scan', '--demo'], { cwd, env: { AWS_S3_FORCE_PATH_STYLE: 'yes please' } });
    expect(run.stderr).toMatch(/AWS_S3_FORCE_PATH_STYLE: expected true or false, got "yes please"/);
    expect(run.code).toBe(2);
  });

  it('refuses a mutes file with every problem named by entry and field', async () => {
    const file = join(cwd, 'bad-mutes.yaml');
    writeFileSync(
      file,
      [
        'mutes:',
        '  - checkId: iam-root-mfa-enabled',
        '    reason: ok',
        '    owner: secops',
        '  - reason: no scope at all',
        '    owner: secops',
        '  - checkId: not-a-check',
        '    reason: unknown check',
        '    owner: secops',
        '    expiresAt: next tuesday',
        '    colour: red',
      ].join('\n'),
    );
    const run = await runCli(['scan', '--demo', '--mutes', file], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mutes\[0\]\/reason: Expected string length greater or equal to 3/);
    expect(run.stderr).toMatch(/mutes\[2\]: Unexpected property|mutes\[2\]\/colour/);
    const semantic = join(cwd, 'semantic-mutes.yaml');
    writeFileSync(
      semantic,
      'mutes:\n  - reason: no scope at all\n    owner: secops\n  - checkId: not-a-check\n    reason: unknown check\n    owner: secops\n    expiresAt: next tuesday\n',
    );
    const second = await runCli(['scan', '--demo', '--mutes', semantic], { cwd });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      'mutes[0]: needs at least one of accountId, ouId, region, checkId, resourcePattern',
    );
    expect(second.stderr).toContain('mutes[1]: unknown check not-a-check');
    expect(second.stderr).toContain('mutes[1]: expiresAt is not an ISO 8601 date or date-time: next tuesday');
  });

  it('refuses to re-render a file that is not an orgscan result', async () => {
    const file = join(cwd, 'other.json');
    writeFileSync(file, '{"hello":"world"}');
    const run = await runCli(['report', file], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not an orgscan scan result');
  });
});
