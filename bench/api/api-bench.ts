// bench/api: the security team's API on a large store — ingest (the scan-account write path), finalize
// (the lifecycle fold into the current posture), then request latency of the read endpoints. Prints JSON.
// Not a test: it measures.
//
//   npm run bench:api -- --accounts 1000 --per-account 400 --scans 5
//   npm run bench:api -- --accounts 1000 --per-account 400 --scans 3 --retention 1 --skip-reads
//
// --retention N applies FINDINGS_RETENTION_SCANS=N after each finalize, as the worker does; --skip-reads
// measures ingest, finalize and disk only. `disk` reports the bytes on disk (pg_total_relation_size) of
// the per-scan findings and of the tables that keep the posture and history, after each scan.
//
// At millions of posture rows, --seed direct writes the current posture straight into finding_state with
// set-based SQL (direct-posture.ts) instead of ingesting and finalizing every scan; it reports no
// ingest/finalize figures. Seed once, measure many times:
//
//   npm run bench:api -- --seed direct --accounts 2500 --per-account 2000 --keep-data
//   npm run bench:api -- --reuse-schema bench_api_xxxxxxxx --only 'framework|resource'
//
// --reuse-schema measures again on the store a --keep-data run left (its "schema" in the output): nothing is
// seeded, the api's start-up applies any newer migration to it, and it is kept. --only measures the queries whose name matches a regular
// expression; --skip-export leaves out the full NDJSON export.
//
// Needs Postgres (DATABASE_URL; default postgres://postgres@127.0.0.1:5432/orgscan); the api it runs also
// connects its queue producer to REDIS_URL (default redis://127.0.0.1:6379), which the read endpoints do
// not use. Works in its own schema, dropped at the end (--keep-data keeps it).
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type ApiRuntime, createApiRuntime, DEFAULT_ORGANIZATION_ID } from '@orgscan/api';
import { accountCellCoverage, checks } from '@orgscan/checks';
import {
  apiConfigSchema,
  ConnectionErrorLog,
  computeScanSummary,
  createLogger,
  createPool,
  createStore,
  generateApiKey,
  loadConfig,
  type Store,
} from '@orgscan/core';
import pg from 'pg';
import { seedPostureDirectly } from './direct-posture.js';
import { measure } from './latency.js';
import { accountFindings, accountIdOf, BENCH_REGIONS } from './synthetic-findings.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000' },
    'per-account': { type: 'string', default: '400' },
    scans: { type: 'string', default: '5' },
    writers: { type: 'string', default: '8' },
    requests: { type: 'string', default: '200' },
    retention: { type: 'string', default: '0' },
    'skip-reads': { type: 'boolean', default: false },
    'keep-data': { type: 'boolean', default: false },
    seed: { type: 'string', default: 'ingest' },
    'reuse-schema': { type: 'string' },
    only: { type: 'string' },
    'skip-export': { type: 'boolean', default: false },
  },
});
if (values.seed !== 'ingest' && values.seed !== 'direct') throw new Error('--seed is ingest or direct');
const REUSED = values['reuse-schema'];
if (REUSED !== undefined && !/^bench_api_[a-z0-9_]{1,50}$/.test(REUSED)) {
  throw new Error(
    `--reuse-schema takes the schema a --keep-data run printed (bench_api_xxxxxxxx), got ${REUSED}`,
  );
}
const ONLY = values.only === undefined ? null : new RegExp(values.only);
const ACCOUNTS = Number(values.accounts);
const PER_ACCOUNT = Number(values['per-account']);
const SCANS = Number(values.scans);
const WRITERS = Number(values.writers);
const REQUESTS = Number(values.requests);
const RETENTION = Number(values.retention);
/** The api's default organization: requests that name none read it. */
const ORG = DEFAULT_ORGANIZATION_ID;
/** OUs: 10 business units, each with prod and dev beneath it (accounts sit two levels deep). */
const ouOf = (account: number) => {
  const unit = account % 10;
  const env = account % 2 === 0 ? 'prod' : 'dev';
  return {
    ids: ['r-bnch', `ou-bnch-unit000${unit}`, `ou-bnch-u${unit}${env}0000`],
    path: `Root/unit${unit}/${env}`,
  };
};

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orgscan';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = REUSED ?? `bench_api_${randomBytes(4).toString('hex')}`;
const adminKey = generateApiKey().key;

/**
 * The api as it runs (its composition root: migrations, default organization, app) on a schema of its own,
 * and a pool of WRITERS connections beside it for the ingest, as the workers would write.
 */
async function withApi<T>(
  work: (api: ApiRuntime, store: Store, pool: pg.Pool, reused: boolean) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const reused = REUSED !== undefined;
  if (reused) {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (rowCount !== 1) throw new Error(`--reuse-schema: no schema ${schema}`);
  } else {
    await admin.query(`CREATE SCHEMA ${schema}`);
  }
  // Warnings go to stderr: stdout carries only the JSON result.
  const logger = createLogger({ level: 'warn', name: 'bench-api', destination: process.stderr });
  const schemaUrl = new URL(databaseUrl);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  let api: ApiRuntime | undefined;
  const pool = createPool({
    connectionString: databaseUrl,
    applicationName: 'orgscan-bench-api',
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
        API_EXPORT_CONCURRENCY: '2',
        // One client measuring: the per-address limit before authentication is out of its way.
        API_PREAUTH_RATE_LIMIT_PER_SECOND: '100000',
        API_PREAUTH_RATE_LIMIT_BURST: '1000000',
      }),
      { logger },
    );
    return await work(api, createStore(pool, null), pool, reused);
  } finally {
    await api?.close();
    await pool.end();
    if (!values['keep-data'] && !reused) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

async function seedOrganization(store: Store): Promise<void> {
  await store.organizations.upsert({
    id: ORG,
    name: 'Bench',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  await store.accounts.upsertMany(
    ORG,
    Array.from({ length: ACCOUNTS }, (_, index) => ({
      id: accountIdOf(index),
      name: `account-${index}`,
      email: null,
      state: 'ACTIVE' as const,
      joinedAt: null,
      ouIds: ouOf(index).ids,
      ouPath: ouOf(index).path,
    })),
    new Date(),
  );
}

/** A scan of every check over the organization's accounts, created as POST /v1/scans records it. */
async function createScan(store: Store, scanNumber: number) {
  const scanId = randomUUID();
  const createdAt = new Date(Date.UTC(2026, 0, 1 + scanNumber));
  await store.scans.create({
    id: scanId,
    organizationId: ORG,
    trigger: 'schedule',
    checkIds: checkIds(),
    regions: null,
    accountCount: ACCOUNTS,
    createdAt,
    orgContext: null,
  });
  return { scanId, createdAt };
}

const checkIds = () => checks.map((check) => check.id);

/** One scan as the workers write it: per account, its findings and status in one transaction. */
async function ingestScan(store: Store, scanNumber: number) {
  const { scanId, createdAt } = await createScan(store, scanNumber);
  await store.scanAccounts.insertMany(
    scanId,
    Array.from({ length: ACCOUNTS }, (_, index) => ({
      accountId: accountIdOf(index),
      accountName: `account-${index}`,
      ouPath: ouOf(index).path,
      ouIds: ouOf(index).ids,
      roleArn: `arn:aws:iam::${accountIdOf(index)}:role/OrgScanReadOnly`,
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    })),
    createdAt,
  );
  let next = 0;
  let written = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < ACCOUNTS) {
        const account = next;
        next += 1;
        const findings = accountFindings(account, PER_ACCOUNT, scanNumber);
        await store.transaction(async (tx) => {
          await tx.findings.replaceForAccount(scanId, ORG, accountIdOf(account), findings);
          await tx.scanAccounts.markSucceeded(
            scanId,
            accountIdOf(account),
            {
              regionsScanned: [...BENCH_REGIONS],
              regionsNotEnabled: [],
              regionsDeniedByPolicy: [],
              checksEvaluated: checks.length,
              findingsCount: findings.length,
              errorCount: findings.filter((finding) => finding.status === 'ERROR').length,
              apiCalls: 0,
              throttles: 0,
              maxSameRequest: 1,
              durationMs: 0,
              cells: accountCellCoverage(checks, BENCH_REGIONS, findings),
            },
            createdAt,
          );
        });
        written += findings.length;
      }
    }),
  );
  const ingestSeconds = (performance.now() - started) / 1000;
  // What finalize-scan does: totals and coverage, the final status, then the fold into the posture.
  const finalizeStarted = performance.now();
  const { totals, coverage } = await computeScanSummary(store, {
    id: scanId,
    checkIds: checkIds(),
    regions: null,
  });
  await store.scans.finish(scanId, 'completed', totals, coverage, createdAt);
  const outcome = await store.transaction((tx) => tx.lifecycle.applyScan(scanId, new Date()));
  const finalizeSeconds = (performance.now() - finalizeStarted) / 1000;
  const retentionStarted = performance.now();
  const retention = await store.retention.apply(ORG, RETENTION, new Date());
  const retentionSeconds = (performance.now() - retentionStarted) / 1000;
  return {
    scanId,
    findings: written,
    ingestSeconds: round(ingestSeconds),
    ingestFindingsPerSecond: Math.round(written / ingestSeconds),
    finalizeSeconds: round(finalizeSeconds),
    retention: { ...retention, seconds: round(retentionSeconds) },
    disk: await diskUsage(store),
    changes: outcome.applied ? outcome.changes : null,
    stepsMs: outcome.applied ? outcome.stepsMs : null,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Megabytes on disk (tables, indexes, TOAST) of the per-scan findings and of what is kept forever. */
async function diskUsage(store: Store) {
  const { rows } = await store.pool.query<{ group: string; bytes: string; partitions: string }>(
    `SELECT CASE WHEN c.relname = 'findings' OR c.relispartition AND p.inhparent = 'findings'::regclass
                 THEN 'findings' ELSE c.relname END AS group,
            sum(pg_total_relation_size(c.oid)) AS bytes,
            count(*) FILTER (WHERE c.relispartition) AS partitions
     FROM pg_class c
     LEFT JOIN pg_inherits p ON p.inhrelid = c.oid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
     GROUP BY 1`,
  );
  const megabytes = (group: string) =>
    round(Number(rows.find((row) => row.group === group)?.bytes ?? 0) / 1024 / 1024);
  const kept = ['finding_state', 'finding_sightings', 'finding_changes', 'scans', 'scan_accounts'];
  return {
    findingsMb: megabytes('findings'),
    findingsPartitions: Number(rows.find((row) => row.group === 'findings')?.partitions ?? 0),
    keptForeverMb: Object.fromEntries(kept.map((table) => [table, megabytes(table)])),
    totalMb: round(rows.reduce((sum, row) => sum + Number(row.bytes), 0) / 1024 / 1024),
  };
}

/**
 * --seed direct: one completed scan whose posture is written set-based (direct-posture.ts), with the changes
 * a finalize would have recorded for about 1 finding in 16 (what the recorded scan diff reads).
 */
async function seedDirectly(store: Store, pool: pg.Pool) {
  const { scanId, createdAt } = await createScan(store, SCANS);
  const { totals, coverage } = await computeScanSummary(store, {
    id: scanId,
    checkIds: checkIds(),
    regions: null,
  });
  await store.scans.finish(scanId, 'completed', totals, coverage, createdAt);
  const seeded = await seedPostureDirectly(
    pool,
    schema,
    ORG,
    accountIdOf,
    ACCOUNTS,
    PER_ACCOUNT,
    scanId,
    createdAt,
  );
  const { rows } = await pool.query<{ change: string; count: string }>(
    `WITH inserted AS (
       INSERT INTO finding_changes (scan_id, fingerprint, organization_id, change, previous_status, status,
                                    account_id, region, check_id, resource_id, resource_type, severity)
       SELECT $1, fingerprint, organization_id,
              CASE WHEN NOT present THEN 'resolved' WHEN first_seen = $2 THEN 'new'
                   WHEN status = 'FAIL' THEN 'regressed' ELSE 'resolved' END,
              CASE WHEN first_seen = $2 THEN NULL WHEN status = 'FAIL' THEN 'PASS' ELSE 'FAIL' END,
              CASE WHEN present THEN status END, account_id, region, check_id, resource_id, resource_type, severity
       FROM finding_state WHERE organization_id = $3 AND fingerprint LIKE '0%'
       RETURNING change)
     SELECT change, count(*) FROM inserted GROUP BY change`,
    [scanId, createdAt, ORG],
  );
  const changes = Object.fromEntries(
    ['new', 'resolved', 'regressed', 'reopened'].map((change) => [
      change,
      Number(rows.find((row) => row.change === change)?.count ?? 0),
    ]),
  );
  await pool.query('UPDATE scans SET posture_applied_at = $2, changes = $3 WHERE id = $1', [
    scanId,
    createdAt,
    JSON.stringify({ ...changes, unchanged: 0 }),
  ]);
  await pool.query('ANALYZE finding_changes');
  return { seconds: round(seeded.seconds), indexBuildSeconds: round(seeded.indexSeconds) };
}

async function latencies(api: ApiRuntime, lastScanId: string) {
  const { port } = await api.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${port}`;
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${adminKey}` } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { nextCursor?: string | null };
  };
  const account = (iteration: number) => accountIdOf((iteration * 37) % ACCOUNTS);
  const queries: Record<string, (iteration: number) => string> = {
    'findings status=FAIL severity=high limit=100': () => '/v1/findings?status=FAIL&severity=high&limit=100',
    'findings status=FAIL (default sort) limit=100': () => '/v1/findings?status=FAIL&limit=100',
    'findings accountId + status=FAIL limit=100': (i) =>
      `/v1/findings?accountId=${account(i)}&status=FAIL&limit=100`,
    'findings nested ouId + status=FAIL limit=100': (i) =>
      `/v1/findings?ouId=ou-bnch-unit000${i % 10}&status=FAIL&limit=100`,
    'findings checkId + region limit=100': (i) =>
      `/v1/findings?checkId=${checks[i % checks.length]!.id}&region=eu-west-1&limit=100`,
    'findings framework + requirement + status=FAIL limit=100': () =>
      '/v1/findings?framework=cis-aws-7.0.0&requirement=2.10&requirement=2.11&status=FAIL&limit=100',
    'findings framework (all 64 checks) + status=FAIL limit=100': () =>
      '/v1/findings?framework=cis-aws-7.0.0&status=FAIL&limit=100',
    'findings service=rds + status=FAIL limit=100': () => '/v1/findings?service=rds&status=FAIL&limit=100',
    'findings resource text limit=100': (i) =>
      `/v1/findings?resource=res-${(i * 13) % PER_ACCOUNT}-g&limit=100`,
    'findings sort=-statusChangedAt muted=false limit=100': () =>
      '/v1/findings?sort=-statusChangedAt&muted=false&limit=100',
    summary: () => '/v1/summary',
    'compliance cis-aws-7.0.0 (100 accounts per page)': () => '/v1/compliance/cis-aws-7.0.0',
    'accounts limit=100': () => '/v1/accounts?limit=100',
    'scan diff (recorded) limit=100': () => `/v1/scans/${lastScanId}/diff?limit=100`,
  };
  const results: Record<string, unknown> = {};
  const wanted = (name: string) => ONLY === null || ONLY.test(name);
  for (const [name, path] of Object.entries(queries)) {
    if (!wanted(name)) continue;
    results[name] = await measure(REQUESTS, 10, async (iteration) => {
      await get(path(iteration));
    });
  }
  // Deep pagination: the 20th page of a filtered listing costs what the first does (keyset). On a small
  // store the listing may end sooner: then its last page is measured, and the result says which one.
  const deepPage = 'findings status=FAIL page 20 (cursor)';
  if (wanted(deepPage)) {
    let cursor: string | null = null;
    let page = 1;
    while (page < 20) {
      const next: string | null =
        (await get(`/v1/findings?status=FAIL&limit=100${cursor ? `&cursor=${cursor}` : ''}`)).nextCursor ??
        null;
      if (next === null) break;
      cursor = next;
      page += 1;
    }
    const path = `/v1/findings?status=FAIL&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    results[deepPage] = { page, ...(await measure(REQUESTS, 10, async () => void (await get(path)))) };
  }
  if (values['skip-export']) return { latency: results };
  const exportStarted = performance.now();
  const exported = await fetch(`${base}/v1/findings/export?format=ndjson`, {
    headers: { authorization: `Bearer ${adminKey}` },
  });
  let bytes = 0;
  for await (const chunk of exported.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  return {
    latency: results,
    export: { format: 'ndjson', megabytes: round(bytes / 1e6), seconds: round(exportSeconds) },
  };
}

async function main() {
  const output = await withApi(async (api, store, pool, reused) => {
    const scans = [];
    let direct: Awaited<ReturnType<typeof seedDirectly>> | null = null;
    if (!reused) {
      await seedOrganization(store);
      if (values.seed === 'direct') direct = await seedDirectly(store, pool);
      else for (let scan = 1; scan <= SCANS; scan += 1) scans.push(await ingestScan(store, scan));
      await pool.query('ANALYZE');
    }
    const counts = await pool.query<{ findings: string; posture: string; last_scan: string }>(
      `SELECT (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM finding_state) AS posture,
              (SELECT id FROM scans ORDER BY created_at DESC LIMIT 1) AS last_scan`,
    );
    const reads = values['skip-reads'] ? {} : await latencies(api, counts.rows[0]!.last_scan);
    if (reused || direct) {
      return {
        bench: 'api',
        parameters: reused
          ? { schema, reused, requests: REQUESTS }
          : { schema, seed: values.seed, accounts: ACCOUNTS, perAccount: PER_ACCOUNT, requests: REQUESTS },
        stored: {
          findings: Number(counts.rows[0]?.findings),
          postureFindings: Number(counts.rows[0]?.posture),
        },
        ...(direct ? { directSeed: direct } : {}),
        ...reads,
      };
    }
    const ingested = scans.reduce((sum, scan) => sum + scan.findings, 0);
    const ingestSeconds = scans.reduce((sum, scan) => sum + scan.ingestSeconds, 0);
    return {
      bench: 'api',
      parameters: {
        schema,
        accounts: ACCOUNTS,
        perAccount: PER_ACCOUNT,
        scans: SCANS,
        writers: WRITERS,
        requests: REQUESTS,
        retention: RETENTION,
        skipReads: values['skip-reads'],
      },
      command: `npm run bench:api -- ${process.argv.slice(2).join(' ')}`,
      stored: {
        findings: Number(counts.rows[0]?.findings),
        postureFindings: Number(counts.rows[0]?.posture),
      },
      ingest: {
        findings: ingested,
        seconds: round(ingestSeconds),
        findingsPerSecond: Math.round(ingested / ingestSeconds),
      },
      finalize: scans.map((scan) => ({
        findings: scan.findings,
        seconds: scan.finalizeSeconds,
        retention: scan.retention,
        disk: scan.disk,
        changes: scan.changes,
        stepsMs: scan.stepsMs,
      })),
      ...reads,
    };
  });
  console.log(JSON.stringify(output, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
