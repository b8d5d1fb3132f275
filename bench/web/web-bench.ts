// bench/web: the dashboard's overview on a large posture, in headless Chromium. Loads 1,000 accounts × 75
// checks × 17 regions of posture (two scans, so the trend and the change have something to show), serves
// the built dashboard from the api, signs in, then opens the overview several times and reports the time
// until it is interactive (KPI cards and heatmap rendered) and the duration of every API call it made.
// Prints JSON. Not a test: it measures.
//
//   npm run bench:web -- --accounts 1000 --scans 2 --loads 5
//
// Needs Postgres (DATABASE_URL; default postgres://postgres@127.0.0.1:5432/orgscan), Debian's chromium and
// the built dashboard (the npm script builds it). Works in its own schema, dropped at the end.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type ApiRuntime, createApiRuntime } from '@orgscan/api';
import { checks } from '@orgscan/checks';
import {
  apiConfigSchema,
  ConnectionErrorLog,
  createLogger,
  createPool,
  createStore,
  generateApiKey,
  loadConfig,
  type Store,
} from '@orgscan/core';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { measure } from '../api/latency.js';
import { BENCH_REGIONS } from '../api/synthetic-findings.js';
import { ingestScan, seedOrganization } from './synthetic-posture.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000' },
    scans: { type: 'string', default: '2' },
    loads: { type: 'string', default: '5' },
    writers: { type: 'string', default: '8' },
    // Findings per account; default every check in every region (75 × 17 slots).
    'per-account': { type: 'string' },
    requests: { type: 'string', default: '20' },
    'keep-data': { type: 'boolean', default: false },
    // Measure again on the posture a run with --keep-data left (its "schema" in the output): no seeding.
    'reuse-schema': { type: 'string' },
  },
});
const REUSED = values['reuse-schema'];
if (REUSED !== undefined && !/^bench_web_[0-9a-f]{8}$/.test(REUSED)) {
  throw new Error(
    `--reuse-schema takes the schema a --keep-data run printed (bench_web_xxxxxxxx), got ${REUSED}`,
  );
}
const ACCOUNTS = Number(values.accounts);
/** Every check in every region: 75 checks × 17 regions slots per account (global checks once per slot). */
const PER_ACCOUNT = Number(values['per-account'] ?? checks.length * BENCH_REGIONS.length);
const REQUESTS = Number(values.requests);
const SCANS = Number(values.scans);
const LOADS = Number(values.loads);
const WRITERS = Number(values.writers);
// The api's default organization: the overview opens on it.
const ORG = 'default';
const TARGET_INTERACTIVE_MS = 2000;
const TARGET_CALL_MS = 300;

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orgscan';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const adminKey = generateApiKey().key;
const schema = REUSED ?? `bench_web_${randomBytes(4).toString('hex')}`;
const round = (value: number) => Math.round(value * 10) / 10;

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0,
  );
}

/**
 * The api as it runs (its composition root: migrations, default organization, the app serving the built
 * dashboard) on a schema of its own, and a pool of WRITERS connections beside it for the ingest.
 */
async function withApi<T>(work: (api: ApiRuntime, store: Store, pool: pg.Pool) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  if (!REUSED) await admin.query(`CREATE SCHEMA ${schema}`);
  // Warnings go to stderr: stdout carries only the JSON result.
  const logger = createLogger({ level: 'warn', name: 'bench-web', destination: process.stderr });
  const schemaUrl = new URL(databaseUrl);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  let api: ApiRuntime | undefined;
  const pool = createPool({
    connectionString: databaseUrl,
    applicationName: 'orgscan-bench-web',
    schema,
    max: WRITERS + 4,
    connectionErrors: new ConnectionErrorLog(logger),
  });
  try {
    api = await createApiRuntime(
      loadConfig(apiConfigSchema, {
        DATABASE_URL: schemaUrl.toString(),
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: schema,
        LOG_LEVEL: 'warn',
        AWS_MODE: 'simulated',
        API_BOOTSTRAP_ADMIN_KEY: adminKey,
        API_RATE_LIMIT_PER_MINUTE: '1000000',
        API_RATE_LIMIT_BURST: '100000',
        // One browser measuring: the per-address limit before authentication is out of its way.
        API_PREAUTH_RATE_LIMIT_PER_SECOND: '100000',
        API_PREAUTH_RATE_LIMIT_BURST: '1000000',
      }),
      { logger },
    );
    return await work(api, createStore(pool, null), pool);
  } finally {
    await api?.close();
    await pool.end();
    if (!values['keep-data'] && !REUSED) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

async function measureOverview(api: ApiRuntime) {
  const { port } = await api.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('API key').fill(adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('table.heatmap tbody tr').first().waitFor({ timeout: 60_000 });

    const loads: number[] = [];
    const calls = new Map<string, number[]>();
    for (let load = 0; load < LOADS; load += 1) {
      const seen: Array<Promise<void>> = [];
      const onFinished = (request: import('playwright-core').Request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/v1/')) return;
        seen.push(
          (async () => {
            const timing = request.timing();
            const name = `${request.method()} ${url.pathname}`;
            calls.set(name, [...(calls.get(name) ?? []), timing.responseEnd]);
          })(),
        );
      };
      page.on('requestfinished', onFinished);
      const started = performance.now();
      // A fresh document each time: the whole app boots, nothing comes from the query cache.
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      await page.locator('.kpi-main .kpi-value').waitFor();
      await page.locator('table.heatmap tbody tr.heatmap-ou').first().waitFor();
      await page.locator('.trend-chart canvas').waitFor();
      loads.push(performance.now() - started);
      await page.waitForLoadState('networkidle');
      page.off('requestfinished', onFinished);
      await Promise.all(seen);
    }
    const apiCalls = Object.fromEntries(
      [...calls].map(([name, samples]) => [
        name,
        { calls: samples.length, p95Ms: percentile(samples, 0.95), maxMs: percentile(samples, 1) },
      ]),
    );
    // The same calls one at a time, without the page: what each costs on its own (sequential requests).
    const alone: Record<string, unknown> = {};
    for (const path of [
      '/v1/sessions/current',
      '/v1/organizations',
      '/v1/posture/overview',
      '/v1/posture/trend?limit=30',
      '/v1/posture/heatmap',
    ]) {
      alone[`GET ${path}`] = await measure(REQUESTS, 3, async () => {
        const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${adminKey}` } });
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        await response.arrayBuffer();
      });
    }
    const slowest = Math.max(...[...calls.values()].flat());
    return {
      interactiveMs: { loads: loads.map(round), median: percentile(loads, 0.5), max: percentile(loads, 1) },
      apiCalls,
      apiCallsAlone: alone,
      targets: {
        interactiveMs: TARGET_INTERACTIVE_MS,
        callMs: TARGET_CALL_MS,
        interactiveMet: percentile(loads, 1) <= TARGET_INTERACTIVE_MS,
        callsMet: slowest <= TARGET_CALL_MS,
      },
      consoleErrors: errors,
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const output = await withApi(async (api, store, pool) => {
    const seeding = performance.now();
    if (!REUSED) {
      await seedOrganization(store, ORG, ACCOUNTS);
      for (let scan = 1; scan <= SCANS; scan += 1) {
        await ingestScan(store, ORG, ACCOUNTS, PER_ACCOUNT, scan, WRITERS);
      }
      await pool.query('ANALYZE');
    }
    const counts = await pool.query<{ posture: string }>('SELECT count(*) AS posture FROM finding_state');
    const seedSeconds = round((performance.now() - seeding) / 1000);
    return {
      bench: 'web',
      command: `npm run bench:web -- ${process.argv.slice(2).join(' ')}`.trim(),
      schema,
      reused: REUSED !== undefined,
      parameters: {
        accounts: ACCOUNTS,
        checks: checks.length,
        regions: BENCH_REGIONS.length,
        scans: SCANS,
        loads: LOADS,
      },
      posture: { findings: Number(counts.rows[0]?.posture), seedSeconds: REUSED ? null : seedSeconds },
      overview: await measureOverview(api),
    };
  });
  console.log(JSON.stringify(output, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
