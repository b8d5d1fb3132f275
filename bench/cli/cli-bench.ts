// bench/cli: `orgscan scan` of a generated simulated organization in one process — no Redis, no Postgres —
// printing one JSON line (wall time, accounts per second, peak RSS, findings). Not a test: it measures.
//
//   npm run bench:cli -- --accounts 1000 --regions 17 --latency 100
//
// Compare with `npm run bench:scan` at the same settings (the service: api, BullMQ, workers, Postgres).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateOrganization } from '@orgscan/aws';
import { startProcess } from '../support/processes.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100' },
    regions: { type: 'string', default: '17' },
    latency: { type: 'string', default: '100' },
    throttle: { type: 'string', default: '0' },
    // The service bench runs 2 workers × 64 accounts: the same number of accounts in flight.
    concurrency: { type: 'string', default: '128' },
    'calls-per-account': { type: 'string', default: '16' },
    // What `orgscan scan` writes by default.
    format: { type: 'string', default: 'summary,json,html' },
    'keep-output': { type: 'boolean', default: false },
  },
});

const accounts = Number(values.accounts);
const regions = Number(values.regions);

/** The scan's own start and end, from the first line of result.json (the findings are not read). */
function scanTimes(resultFile: string): { status: string; findings: number; scanS: number; failed: number } {
  const firstLine = readFileSync(resultFile, 'utf8').split('\n', 1)[0] ?? '';
  const head = JSON.parse(`${firstLine}]}`) as {
    scan: {
      status: string;
      startedAt: string;
      finishedAt: string;
      totals: { findings: number };
      coverage: { accounts: { failed: number } };
    };
  };
  return {
    status: head.scan.status,
    findings: head.scan.totals.findings,
    scanS: (Date.parse(head.scan.finishedAt) - Date.parse(head.scan.startedAt)) / 1000,
    failed: head.scan.coverage.accounts.failed,
  };
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'orgscan-cli-bench-'));
  const orgFile = join(directory, 'org.json');
  writeFileSync(orgFile, JSON.stringify(generateOrganization({ accounts, regions })));
  const output = join(directory, 'out');
  const formats = values.format.split(',');
  const args = [
    'scan',
    '--simulated-org',
    orgFile,
    '--simulated-latency',
    values.latency,
    '--simulated-throttle-rate',
    values.throttle,
    '--concurrency',
    values.concurrency,
    '--calls-per-account',
    values['calls-per-account'],
    '--format',
    formats.includes('json') ? values.format : `${values.format},json`,
    '--output-dir',
    output,
    '--quiet',
  ];
  const started = performance.now();
  const cli = startProcess('orgscan', 'apps/cli/bin/orgscan.js', { HOME: directory }, [], args);
  // VmHWM is gone once the process exits: sample it while it runs.
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, cli.peakRssMb() ?? 0);
  }, 100);
  const code = await new Promise<number | null>((resolve) =>
    cli.child.once('exit', (exitCode) => resolve(exitCode)),
  );
  clearInterval(sampler);
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`orgscan exited ${code}:\n${cli.output.join('')}`);
  const scan = scanTimes(join(output, 'result.json'));
  const total = accounts + 1;
  console.log(
    JSON.stringify({
      accounts: total,
      regions,
      latency_ms: Number(values.latency),
      throttle: Number(values.throttle),
      concurrency: Number(values.concurrency),
      calls_per_account: Number(values['calls-per-account']),
      formats: values.format,
      status: scan.status,
      accounts_failed: scan.failed,
      wall_s: Number(wallS.toFixed(2)),
      scan_s: Number(scan.scanS.toFixed(2)),
      'accounts/s': Number((total / wallS).toFixed(2)),
      peak_rss_mb: peakRssMb,
      findings: scan.findings,
    }),
  );
  if (!values['keep-output']) rmSync(directory, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
