import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

interface Overview {
  totals: { FAIL: number; PASS: number; passRate: number | null };
  failedBySeverity: Record<string, number>;
  lastScan: { id: string } | null;
  change: { since: { scanId: string }; FAIL: number; passRate: number | null } | null;
  topFailingChecks: Array<{ checkId: string; severity: string; FAIL: number; accountsFailing: number }>;
  coverage: {
    accountsKnown: number;
    accountsWithResults: number;
    accountsWithoutResults: Array<{ accountId: string }>;
    accountsFailed: Array<{ accountId: string; reason: { category: string } | null }>;
    checksWithErrors: Array<{ checkId: string; ERROR: number }>;
  };
}
interface Heatmap {
  columns: Array<{ id: string; checks: string[] }>;
  rows: Array<{
    id: string;
    kind: string;
    parentId: string | null;
    accounts: number;
    cells: Array<{ pass: number; fail: number; error: number; passRate: number | null } | null>;
  }>;
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'informational'];

/** The overview's aggregates on the real api, worker and Postgres, after scans of the demo organization. */
describe('dashboard aggregates', () => {
  let orgscan: InProcessOrgscan;
  const scans: string[] = [];

  async function scan(): Promise<string> {
    const started = (await (
      await orgscan.fetch('/v1/scans', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { id: string };
    await waitFor(
      'the scan to be folded into the posture',
      async () => {
        const detail = (await (await orgscan.fetch(`/v1/scans/${started.id}`)).json()) as {
          postureAppliedAt: string | null;
        };
        return detail.postureAppliedAt ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    scans.push(started.id);
    return started.id;
  }
  const get = async <T>(path: string): Promise<T> => {
    const response = await orgscan.fetch(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  it('answers an empty overview and trend before any scan', async () => {
    const overview = await get<Overview>('/v1/posture/overview');
    expect(overview.lastScan).toBeNull();
    expect(overview.change).toBeNull();
    expect(overview.totals.FAIL).toBe(0);
    expect((await get<{ points: unknown[] }>('/v1/posture/trend')).points).toEqual([]);
  }, 30_000);

  it('after one scan: totals, top failing checks most severe first, coverage gaps with reasons', async () => {
    const first = await scan();
    const overview = await get<Overview>('/v1/posture/overview');
    expect(overview.lastScan?.id).toBe(first);
    expect(overview.change).toBeNull();
    const summary = await get<{ totals: { FAIL: number; PASS: number } }>('/v1/summary');
    expect(overview.totals.FAIL).toBe(summary.totals.FAIL);
    expect(overview.totals.PASS).toBe(summary.totals.PASS);
    expect(Object.values(overview.failedBySeverity).reduce((a, b) => a + b, 0)).toBe(summary.totals.FAIL);
    const ranks = overview.topFailingChecks.map((check) => SEVERITY_ORDER.indexOf(check.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(overview.topFailingChecks.length).toBeLessThanOrEqual(10);
    for (const check of overview.topFailingChecks) {
      const failing = await get<{ items: Array<{ accountId: string }> }>(
        `/v1/findings?checkId=${check.checkId}&status=FAIL&muted=false&limit=1000`,
      );
      expect(failing.items.length, check.checkId).toBe(check.FAIL);
      expect(new Set(failing.items.map((item) => item.accountId)).size, check.checkId).toBe(
        check.accountsFailing,
      );
    }
    // The demo organization has an account whose role cannot be assumed: a gap, with its reason.
    expect(overview.coverage.accountsFailed).toEqual([
      expect.objectContaining({
        accountId: '777777777777',
        reason: expect.objectContaining({ category: 'assume-role-denied' }),
      }),
    ]);
    expect(overview.coverage.accountsWithoutResults.map((account) => account.accountId)).not.toContain(
      '777777777777',
    );
    expect(overview.coverage.accountsWithResults).toBeLessThan(overview.coverage.accountsKnown);
    expect(overview.coverage.checksWithErrors.length).toBeGreaterThan(0);
  }, 150_000);

  it('heatmap: OU tree of accounts × CIS sections, OU cells adding up their accounts, cells matching findings', async () => {
    const heatmap = await get<Heatmap>('/v1/posture/heatmap');
    expect(heatmap.columns.map((column) => column.id)).toEqual(
      expect.arrayContaining(['2 Identity and Access Management', '4 Logging', '5 Monitoring']),
    );
    const root = heatmap.rows[0]!;
    expect(root).toMatchObject({ kind: 'ou', parentId: null });
    const accounts = heatmap.rows.filter((row) => row.kind === 'account');
    expect(root.accounts).toBe(accounts.length);
    for (const [index, column] of heatmap.columns.entries()) {
      const sum = accounts.reduce((total, row) => total + (row.cells[index]?.fail ?? 0), 0);
      expect(root.cells[index]?.fail ?? 0, column.id).toBe(sum);
      const findings = await get<{ items: unknown[] }>(
        `/v1/findings?status=FAIL&muted=false&limit=1000&${column.checks.map((check) => `checkId=${check}`).join('&')}`,
      );
      expect(findings.items.length, column.id).toBe(sum);
    }
    // The unreachable account has a row, with no result in any cell.
    expect(heatmap.rows.find((row) => row.id === '777777777777')?.cells.every((cell) => cell === null)).toBe(
      true,
    );
    const drilled = await get<Heatmap>(`/v1/posture/heatmap?section=${encodeURIComponent('4 Logging')}`);
    expect(drilled.columns.every((column) => column.checks.length === 1)).toBe(true);
    expect(drilled.columns.length).toBe(
      heatmap.columns.find((column) => column.id === '4 Logging')!.checks.length,
    );
    const unknown = await orgscan.fetch('/v1/posture/heatmap?section=9%20Nothing');
    expect(unknown.status).toBe(400);
    expect((await orgscan.fetch('/v1/posture/heatmap?framework=nope')).status).toBe(404);
  }, 60_000);

  it('after a second scan: the trend has a point per scan and the change is against the previous one', async () => {
    // Accept one failure between the scans: the posture after the second scan has one failure fewer.
    const failing = await get<{
      items: Array<{ accountId: string; region: string; checkId: string; resourceId: string }>;
    }>('/v1/findings?status=FAIL&muted=false&limit=1');
    const target = failing.items[0]!;
    const mute = await orgscan.fetch('/v1/mutes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        accountId: target.accountId,
        region: target.region,
        checkId: target.checkId,
        resourcePattern: target.resourceId,
        reason: 'accepted between two scans',
        owner: 'secops',
      }),
    });
    expect(mute.status).toBe(201);
    const second = await scan();
    const trend = await get<{
      points: Array<{ scanId: string; totals: { FAIL: number; muted: number; passRate: number } }>;
    }>('/v1/posture/trend');
    expect(trend.points.map((point) => point.scanId)).toEqual(scans);
    expect(trend.points[1]!.totals.FAIL).toBe(trend.points[0]!.totals.FAIL - 1);
    expect(trend.points[1]!.totals.muted).toBe(trend.points[0]!.totals.muted + 1);
    const overview = await get<Overview>('/v1/posture/overview');
    expect(overview.lastScan?.id).toBe(second);
    expect(overview.change).toMatchObject({ since: { scanId: scans[0] }, FAIL: -1 });
    // One failure fewer among tens of thousands of findings: the pass rate (4 decimals) may not move at all.
    const [before, after] = trend.points;
    expect(overview.change!.passRate).toBeGreaterThanOrEqual(0);
    expect(overview.change!.passRate).toBe(
      Math.round((after!.totals.passRate - before!.totals.passRate) * 10_000) / 10_000,
    );
    expect((await get<{ points: unknown[] }>('/v1/posture/trend?limit=2')).points).toHaveLength(2);
    expect((await orgscan.fetch('/v1/posture/trend?limit=1')).status).toBe(400);
  }, 150_000);
});
