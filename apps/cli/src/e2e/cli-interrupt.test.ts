import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrganization } from '@orgscan/aws';
import { describe, expect, it } from 'vitest';
import { startCli, workDirectory } from '../test-support/run-cli.js';

const cwd = workDirectory();

describe('orgscan scan: Ctrl-C', { timeout: 180_000 }, () => {
  it('stops starting accounts, keeps what finished, writes it marked incomplete, and exits 130', async () => {
    const orgFile = join(cwd, 'org.json');
    writeFileSync(orgFile, JSON.stringify(generateOrganization({ accounts: 40, regions: 3 })));
    const out = join(cwd, 'out');
    const scan = startCli(
      [
        'scan',
        '--simulated-org',
        orgFile,
        '--simulated-latency',
        '25',
        '--concurrency',
        '2',
        '--progress-interval',
        '1',
        '--format',
        'json,html',
        '-o',
        out,
      ],
      { cwd },
    );
    await scan.waitForStderr(/accounts [1-9]\d*\/41 done/);
    scan.child.kill('SIGINT');
    const run = await scan.done;
    expect(run.stderr).toContain('Stopping: no new accounts are started');
    expect(run.stderr).toMatch(
      /Interrupted: \d+ account\(s\) not scanned; the results are marked incomplete/,
    );
    expect(run.code).toBe(130);

    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result.scan).toMatchObject({ status: 'cancelled', incomplete: true });
    const byStatus = (status: string) =>
      result.accounts.filter((account: { status: string }) => account.status === status);
    expect(byStatus('succeeded').length).toBeGreaterThan(0);
    expect(byStatus('cancelled').length).toBeGreaterThan(0);
    expect(byStatus('cancelled')[0].reason.category).toBe('cancelled');
    const scanned = new Set(byStatus('succeeded').map((account: { accountId: string }) => account.accountId));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding: { accountId: string }) => scanned.has(finding.accountId))).toBe(
      true,
    );
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Incomplete scan:');
  });
});
