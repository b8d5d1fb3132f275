import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatedOrg } from '@orgscan/aws';
import { expect } from 'vitest';
import type { InProcessOrgscan } from './in-process-orgscan.js';
import { databaseUrlForSchema, type OrgscanProcess, startOrgscanProcess } from './orgscan-process.js';
import { testRedisUrl } from './test-redis.js';
import { waitFor } from './wait-for.js';

export const FINAL_SCAN_STATUSES = ['completed', 'incomplete', 'partial', 'failed', 'cancelled'];

/** Writes a simulated organization where worker processes can read it (SIMULATED_ORG_FILE). */
export function writeOrgFile(org: SimulatedOrg): string {
  const file = join(mkdtempSync(join(tmpdir(), 'orgscan-org-')), 'org.json');
  writeFileSync(file, JSON.stringify(org));
  return file;
}

export interface WorkerProcessOptions {
  readonly orgFile: string;
  readonly latencyMs: number;
  readonly redisUrl?: string;
  readonly databaseUrl?: string;
  readonly env?: Record<string, string>;
}

/** A real worker process on this instance's schema and queue prefix, against the simulated organization. */
export function startWorkerProcess(orgscan: InProcessOrgscan, options: WorkerProcessOptions): OrgscanProcess {
  const worker = startOrgscanProcess('worker', {
    DATABASE_URL: databaseUrlForSchema(options.databaseUrl ?? orgscan.database.url, orgscan.database.schema),
    REDIS_URL: options.redisUrl ?? testRedisUrl(),
    QUEUE_PREFIX: orgscan.queuePrefix,
    AWS_MODE: 'simulated',
    SIMULATED_ORG_FILE: options.orgFile,
    SIMULATED_LATENCY_MS: String(options.latencyMs),
    MEMBER_ROLE_NAME: orgscan.org.memberRoleName,
    WORKER_CONCURRENCY: '4',
    WORKER_LOCK_MS: '4000',
    WORKER_METRICS_PORT: '0',
    AWS_RETRY_BASE_DELAY_MS: '20',
    AWS_RETRY_MAX_DELAY_MS: '200',
    SHUTDOWN_GRACE_MS: '20000',
    LOG_LEVEL: 'info',
    // The instance's key: the default organization's ExternalId is stored sealed with it.
    ...(orgscan.secretsKey ? { SECRETS_ENCRYPTION_KEY: orgscan.secretsKey } : {}),
    ...options.env,
  });
  return worker;
}

export async function workerStarted(worker: OrgscanProcess): Promise<void> {
  await waitFor(
    'the worker process to start',
    async () => (worker.stdout.some((line) => line.includes('worker started')) ? true : undefined),
    { timeoutMs: 60_000, lastSeen: () => worker.stderr.slice(-5) },
  );
}

export async function postScan(orgscan: InProcessOrgscan, body: object = {}): Promise<string> {
  const response = await orgscan.fetch('/v1/scans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

export interface ScanState {
  readonly status: string;
  readonly progress: Record<string, number>;
  readonly accounts: {
    accountId: string;
    status: string;
    reason: { category: string; detail: string } | null;
    regionsDeniedByPolicy?: { region: string; code: string; message: string }[];
  }[];
}

export async function readScan(orgscan: InProcessOrgscan, scanId: string): Promise<ScanState> {
  const response = await orgscan.fetch(`/v1/scans/${scanId}`);
  return (await response.json()) as ScanState;
}

export async function waitForFinalScan(
  orgscan: InProcessOrgscan,
  scanId: string,
  timeoutMs = 120_000,
): Promise<ScanState> {
  let last: ScanState | undefined;
  return waitFor(
    `scan ${scanId} to finish`,
    async () => {
      last = await readScan(orgscan, scanId).catch(() => undefined);
      return last && FINAL_SCAN_STATUSES.includes(last.status) ? last : undefined;
    },
    { timeoutMs, intervalMs: 200, lastSeen: () => last?.progress },
  );
}

/** The scan's findings as sorted lines (account, check, region, resource, status): sets to compare. */
export async function findingSet(orgscan: InProcessOrgscan, scanId: string): Promise<string[]> {
  const { rows } = await orgscan.database.pool.query<{ line: string }>(
    `SELECT concat_ws(' ', account_id, check_id, region, resource_id, status) AS line
     FROM findings WHERE scan_id = $1 ORDER BY 1`,
    [scanId],
  );
  return rows.map((row) => row.line);
}

export async function accountStatusCounts(
  orgscan: InProcessOrgscan,
  scanId: string,
): Promise<Record<string, number>> {
  const { rows } = await orgscan.database.pool.query<{ status: string; count: number }>(
    'SELECT status, count(*)::int AS count FROM scan_accounts WHERE scan_id = $1 GROUP BY status',
    [scanId],
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}
