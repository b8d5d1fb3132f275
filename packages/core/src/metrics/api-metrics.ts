import { Gauge, Registry } from 'prom-client';
import type { ScanQueue } from '../queue/scan-queue.js';
import type { Pool } from '../store/database.js';

/**
 * What the api tells Prometheus, read at scrape time: scans by status, account jobs of unfinished scans by
 * status, and queue depth. Nothing is counted in memory, so several api replicas report the same truth.
 */
export function createApiMetrics(deps: { pool: Pool; queue: Pick<ScanQueue, 'depth'> }): Registry {
  const registry = new Registry();
  new Gauge({
    name: 'orgscan_scans',
    help: 'Scans by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { rows } = await deps.pool.query<{ status: string; count: number }>(
        'SELECT status, count(*)::int AS count FROM scans GROUP BY status',
      );
      this.reset();
      for (const row of rows) this.set({ status: row.status }, row.count);
    },
  });
  new Gauge({
    name: 'orgscan_scan_accounts',
    help: 'Accounts of scans that are not final, by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { rows } = await deps.pool.query<{ status: string; count: number }>(
        `SELECT a.status, count(*)::int AS count FROM scan_accounts a JOIN scans s ON s.id = a.scan_id
         WHERE s.status IN ('pending', 'running') GROUP BY a.status`,
      );
      this.reset();
      for (const row of rows) this.set({ status: row.status }, row.count);
    },
  });
  new Gauge({
    name: 'orgscan_queue_jobs',
    help: 'Jobs in the scans queue by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const depth = await deps.queue.depth();
      for (const [state, count] of Object.entries(depth)) this.set({ state }, count);
    },
  });
  return registry;
}
