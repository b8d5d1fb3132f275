// bench/scan: a real organization scan against the simulated AWS — api enumerates, BullMQ, W worker
// processes, Postgres — printing one JSON line. Not a test: it measures.
//
//   npm run bench:scan -- --accounts 1000 --regions 17 --latency 100 --throttle 0 --workers 2
//   npm run bench:scan -- --accounts 100 --frameworks cis-aws-7.0.0,account-checklist   (a scoped scan)
//   npm run bench:scan -- --accounts 200 --latency 0 --cpu-prof-dir /tmp/prof   (where the workers' CPU goes)
//
// Needs Redis and Postgres (REDIS_URL, DATABASE_URL; defaults to the local services).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  AwsAccess,
  type AwsTransport,
  type BucketRule,
  bucketFor,
  CallStats,
  collectInventory,
  createSimulatedTransport,
  discoverRegions,
  generateOrganization,
  SIMULATED_AWS_LIMITS,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import { checks } from '@orgscan/checks';
import { selectChecks } from '@orgscan/scanner';
import pg from 'pg';
import { summarizeCpuProfiles } from '../support/cpu-profile.js';
import { type RunningProcess, startProcess } from '../support/processes.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100' },
    regions: { type: 'string', default: '17' },
    latency: { type: 'string', default: '100' },
    throttle: { type: 'string', default: '0' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '64' },
    'calls-per-account': { type: 'string', default: '16' },
    // The heap a worker is given as deployed (docker-compose.yml, `npm start`): see README "Memory".
    'worker-heap-mb': { type: 'string', default: '256' },
    'keep-data': { type: 'boolean', default: false },
    // Comma-separated framework ids the scan is scoped to; absent: the default selection (every check).
    frameworks: { type: 'string' },
    // Profiles the workers (node --cpu-prof) into this directory and reports where their CPU went, the
    // simulated AWS's share first. Profiling costs CPU itself: compare CPU figures between runs made alike.
    'cpu-prof-dir': { type: 'string' },
  },
});
const frameworkIds = values.frameworks?.split(',').map((id) => id.trim()) ?? [];
const scope = frameworkIds.length > 0 ? { frameworks: frameworkIds.map((id) => ({ id })) } : {};
const selectedChecks = frameworkIds.length > 0 ? selectChecks(checks, scope) : checks;

const accounts = Number(values.accounts);
const regions = Number(values.regions);
const latencyMs = Number(values.latency);
const throttleRate = Number(values.throttle);
const workerCount = Number(values.workers);
const concurrency = Number(values.concurrency);
const callsPerAccount = Number(values['calls-per-account']);
const workerHeapMb = Number(values['worker-heap-mb']);
const cpuProfDir = values['cpu-prof-dir'];
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What one member account's scan costs, measured alone: its call chain and its calls per quota bucket. */
interface MemberProfile {
  /** The longest chain of dependent calls: the account's wall time over the latency. */
  readonly criticalPathCalls: number;
  /** The seconds the account's calls need under AWS's per-account and per-region quotas, at best. */
  readonly quotaSeconds: number;
  readonly calls: number;
}

interface BucketCount {
  readonly calls: number;
  readonly rule: BucketRule;
}

/** Records the quota bucket of every call a session sends (the simulated AWS's buckets). */
function bucketCounting(inner: AwsTransport, counts: Map<string, BucketCount>): AwsTransport {
  return {
    openSession(identity) {
      const session = inner.openSession(identity);
      return {
        send(region, service, command) {
          const { bucket, rule } = bucketFor(
            { accountId: identity.accountId ?? 'member', region, service, operation: '' },
            SIMULATED_AWS_LIMITS,
          );
          const counted = counts.get(bucket) ?? { calls: 0, rule };
          counts.set(bucket, { calls: counted.calls + 1, rule });
          return session.send(region, service, command);
        },
        close: () => session.close(),
      };
    },
  };
}

/**
 * One member scanned alone, every call allowed in flight at once, with the run's latency: its wall time
 * over the latency is its critical path; its calls per bucket, against the simulated AWS's quotas (AWS's
 * published buckets), give the least time the account's calls can take however fast the CPU.
 */
async function profileMember(orgFile: ReturnType<typeof generateOrganization>): Promise<MemberProfile> {
  const counts = new Map<string, BucketCount>();
  const transport = bucketCounting(
    createSimulatedTransport({
      org: orgFile,
      knobs: { latencyMs, throttleRate: 0, faults: [] },
      now: () => new Date(),
      sleep: (ms) => sleep(ms),
      random: Math.random,
    }),
    counts,
  );
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 1, transientAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 10_000,
    assumeRoleDurationSeconds: 3600,
    sleep: (ms) => sleep(ms),
    random: Math.random,
    now: () => Date.now(),
  });
  const member = orgFile.accounts.find(
    (account) => account.id !== orgFile.managementAccountId && account.roleAssumable,
  )!;
  const started = performance.now();
  const session = await aws.openMemberAccount(
    {
      accountId: member.id,
      roleArn: `arn:aws:iam::${member.id}:role/${orgFile.memberRoleName}`,
      externalId: orgFile.externalId,
      scanId: '00000000-0000-4000-8000-000000000000',
    },
    new CallStats(),
  );
  const discovered = await discoverRegions(session.api, 'us-east-1');
  await collectInventory({
    api: session.api,
    accountId: member.id,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: discovered.enabled,
    slices: selectedChecks.flatMap((check) => check.requires),
    sleep: (ms) => sleep(ms),
  });
  session.close();
  const wallMs = performance.now() - started;
  let quotaSeconds = 0;
  let calls = 0;
  for (const [bucket, { calls: count, rule }] of counts) {
    calls += count;
    // The scanner-wide STS bucket is counted for the whole scan below, not per account.
    if (bucket === 'sts') continue;
    quotaSeconds = Math.max(quotaSeconds, Math.max(0, count - rule.burst) / rule.perSecond);
  }
  return {
    criticalPathCalls: latencyMs > 0 ? Math.max(1, Math.round(wallMs / latencyMs)) : 0,
    quotaSeconds,
    calls,
  };
}

async function waitForReady(baseUrl: string, api: RunningProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`api did not become ready:\n${api.output.join('')}`);
}

async function main(): Promise<void> {
  const org = generateOrganization({ accounts, regions });
  const directory = mkdtempSync(join(tmpdir(), 'orgscan-bench-'));
  const orgFile = join(directory, 'org.json');
  writeFileSync(orgFile, JSON.stringify(org));
  const member = await profileMember(org);

  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const schemaUrl = new URL(databaseUrl);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const adminKey = `bench-${randomBytes(24).toString('hex')}`;
  const authorization = { authorization: `Bearer ${adminKey}` };
  const env = {
    DATABASE_URL: schemaUrl.toString(),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `bench-${schema}`,
    LOG_LEVEL: 'warn',
    AWS_MODE: 'simulated',
    SIMULATED_ORG_FILE: orgFile,
    SIMULATED_LATENCY_MS: String(latencyMs),
    SIMULATED_THROTTLE_RATE: String(throttleRate),
    EXTERNAL_ID: org.externalId ?? '',
    MEMBER_ROLE_NAME: org.memberRoleName,
    WORKER_CONCURRENCY: String(concurrency),
    AWS_MAX_CONCURRENT_CALLS_PER_ACCOUNT: String(callsPerAccount),
    PORT: String(port),
    HOST: '127.0.0.1',
    API_BOOTSTRAP_ADMIN_KEY: adminKey,
    WORKER_METRICS_PORT: '0',
  };
  const api = startProcess('api', 'apps/api/dist/server.js', env);
  const baseUrl = `http://127.0.0.1:${port}`;
  const profileArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
  let workers: RunningProcess[] = [];
  let result: Record<string, unknown>;
  try {
    await waitForReady(baseUrl, api);
    workers = Array.from({ length: workerCount }, (_, index) =>
      startProcess(`worker-${index}`, 'apps/worker/dist/main.js', { ...env, LOG_LEVEL: 'info' }, [
        `--max-old-space-size=${workerHeapMb}`,
        ...profileArgs,
      ]),
    );
    // A worker is ready once it logged its start (it loads the AWS SDK and migrates first).
    const deadline = Date.now() + 120_000;
    while (!workers.every((worker) => worker.output.join('').includes('worker started'))) {
      if (Date.now() > deadline) throw new Error('workers did not start within 2 minutes');
      await sleep(100);
    }
    // Loading the code and migrating: paid once per process, not per account.
    const startupCpuS = workers.reduce((sum, worker) => sum + (worker.cpuSeconds() ?? 0), 0);

    const started = Date.now();
    const response = await fetch(`${baseUrl}/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify(scope),
    });
    if (response.status !== 202)
      throw new Error(`POST /v1/scans answered ${response.status}: ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    let status = 'pending';
    while (!['completed', 'incomplete', 'partial', 'failed'].includes(status)) {
      await sleep(250);
      ({ status } = (await (await fetch(`${baseUrl}/v1/scans/${id}`, { headers: authorization })).json()) as {
        status: string;
      });
      if (Date.now() - started > 3_600_000) throw new Error('scan did not finish within an hour');
      const gone = workers.find(
        (worker) => worker.child.exitCode !== null || worker.child.signalCode !== null,
      );
      if (gone) throw new Error(`${gone.name} exited during the scan:\n${gone.output.join('')}`);
    }

    const { rows } = await admin.query(
      `SELECT s.created_at, s.finished_at,
              (SELECT count(*) FROM ${schema}.scan_accounts a WHERE a.scan_id = s.id AND a.status = 'failed')::int AS failed,
              (SELECT coalesce(sum(api_calls), 0) FROM ${schema}.scan_accounts a WHERE a.scan_id = s.id)::int AS calls,
              (SELECT coalesce(sum(throttles), 0) FROM ${schema}.scan_accounts a WHERE a.scan_id = s.id)::int AS throttles,
              (SELECT coalesce(max(max_same_request), 0) FROM ${schema}.scan_accounts a WHERE a.scan_id = s.id)::int AS max_same,
              (SELECT count(*) FROM ${schema}.scan_accounts a WHERE a.scan_id = s.id AND a.status = 'succeeded')::int AS succeeded,
              (SELECT count(*) FROM ${schema}.findings f WHERE f.scan_id = s.id)::int AS findings
       FROM ${schema}.scans s WHERE s.id = $1`,
      [id],
    );
    const row = rows[0];
    // "Findings unchanged" guard: an order-independent sum of one hash per stored finding over everything
    // it says. The generated organization is deterministic, so the same code gives the same checksum.
    const { rows: checksumRows } = await admin.query(
      `SELECT coalesce(sum(('x' || substr(md5(concat_ws(E'\\t', fingerprint, account_id, region, check_id,
                resource_id, resource_type, status, severity, message, error_code, evidence::text)), 1, 15))::bit(60)::bigint), 0)::text AS sum
       FROM ${schema}.findings WHERE scan_id = $1`,
      [id],
    );
    const wallS = (new Date(row.finished_at).getTime() - new Date(row.created_at).getTime()) / 1000;
    const callsInFlight = workerCount * concurrency * callsPerAccount;
    // The floor: what no setting of this run can beat, the time the scan would take with unlimited CPU.
    // Accounts run in parallel, so each one's chain and quota time bound the scan once; the AssumeRole
    // calls share the scanner account's STS quota (AWS: 600 per second).
    const floorParts = {
      critical_path_s: (member.criticalPathCalls * latencyMs) / 1000,
      account_quota_s: member.quotaSeconds,
      sts_quota_s: accounts / SIMULATED_AWS_LIMITS.sts.perSecond,
    };
    const floorS = Math.max(...Object.values(floorParts));
    // Read before the processes stop. The simulated AWS answers inside the worker processes, so this
    // includes its share; against real AWS the workers do the same work minus the simulator.
    const workerCpuS = workers.reduce((sum, worker) => sum + (worker.cpuSeconds() ?? 0), 0);
    // With the CPU this machine has, the scan cannot be faster than its CPU time spread over every core.
    const cpuBoundS = workerCpuS / cpus().length;
    const peak = (list: RunningProcess[]) =>
      Math.max(0, ...list.map((processInfo) => processInfo.peakRssMb() ?? 0));
    result = {
      command: `npm run bench:scan -- ${process.argv.slice(2).join(' ')}`.trim(),
      accounts,
      regions,
      frameworks: frameworkIds.length > 0 ? frameworkIds : 'default (every check)',
      checks: selectedChecks.length,
      latency_ms: latencyMs,
      throttle: throttleRate,
      workers: workerCount,
      worker_concurrency: concurrency,
      worker_heap_mb: workerHeapMb,
      calls_in_flight: callsInFlight,
      status,
      wall_s: Number(wallS.toFixed(2)),
      floor_s: Number(floorS.toFixed(2)),
      floor_parts_s: Object.fromEntries(
        Object.entries(floorParts).map(([part, seconds]) => [part, Number(seconds.toFixed(2))]),
      ),
      critical_path_calls: member.criticalPathCalls,
      cpu_bound_s: Number(cpuBoundS.toFixed(2)),
      // Within 1.5 is the target: wall time over what neither AWS nor this machine's cores let it beat.
      ratio: Number((wallS / Math.max(floorS, cpuBoundS, 0.001)).toFixed(2)),
      api_calls_total: row.calls,
      api_calls_per_account: Number((row.calls / Math.max(1, row.succeeded + row.failed)).toFixed(1)),
      max_calls_same_op: row.max_same,
      throttles_seen: row.throttles,
      accounts_failed: row.failed,
      worker_cpu_s: Number(workerCpuS.toFixed(1)),
      worker_cpu_s_per_account: Number((workerCpuS / Math.max(1, row.succeeded + row.failed)).toFixed(3)),
      worker_cpu_s_startup: Number(startupCpuS.toFixed(1)),
      cores: cpus().length,
      findings: row.findings,
      findings_checksum: checksumRows[0].sum,
      findings_per_s: Number((row.findings / wallS).toFixed(0)),
      peak_rss_mb: { api: api.peakRssMb(), worker: peak(workers) },
    };
  } finally {
    await Promise.all([...workers, api].map((processInfo) => processInfo.stop()));
    if (!values['keep-data']) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
  // The profiles are written when the workers exit, so this comes after they stopped.
  if (cpuProfDir) {
    const profile = summarizeCpuProfiles(cpuProfDir);
    const perAccount = result.worker_cpu_s_per_account as number;
    result = {
      ...result,
      cpu_prof_dir: cpuProfDir,
      simulator_cpu_share: Number(profile.simulatorShare.toFixed(3)),
      worker_cpu_s_per_account_excl_simulator: Number((perAccount * (1 - profile.simulatorShare)).toFixed(3)),
      gc_cpu_share: Number(profile.gcShare.toFixed(3)),
      cpu_by_part: profile.byPart,
      cpu_by_package: profile.byPackage.slice(0, 12),
      cpu_top_functions: profile.byFunction.slice(0, 25),
    };
  }
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
