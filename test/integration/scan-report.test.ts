import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

let orgscan: InProcessOrgscan;
let scanId: string;
let scan: { totals: { findings: number; byStatus: Record<string, number> } };

beforeAll(async () => {
  orgscan = await startInProcessOrgscan();
  const response = await orgscan.fetch('/v1/scans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(202);
  scanId = ((await response.json()) as { id: string }).id;
  scan = await waitFor('the scan to reach a final status', async () => {
    const body = (await (await orgscan.fetch(`/v1/scans/${scanId}`)).json()) as {
      status: string;
    } & typeof scan;
    return ['completed', 'incomplete', 'partial', 'failed'].includes(body.status) ? body : undefined;
  });
}, 180_000);

afterAll(async () => {
  await orgscan?.close();
});

describe('GET /v1/scans/{id}/report', () => {
  // The demo scan stores tens of thousands of findings (every FSBP check in 17 regions); the page holds them all.
  it('answers the HTML report of the stored scan, rendered by the same code as the command line', {
    timeout: 180_000,
  }, async () => {
    const response = await orgscan.fetch(`/v1/scans/${scanId}/report`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('Security posture — Default organization');
    expect(html).toContain('assume-role-denied');
    expect(html).toContain('1 account(s) could not be scanned');
    for (const section of ['Accounts × sections', 'Compliance', 'Failing checks', 'Findings']) {
      expect(html).toContain(`<h2>${section}</h2>`);
    }
    const data = JSON.parse(/id="orgscan-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    expect(data.rows).toHaveLength(scan.totals.findings);
    expect(data.accounts.map((account: { id: string }) => account.id)).toContain(DEMO_ACCOUNTS.prodWeb);
    const failing = data.rows.filter((row: number[]) => data.statuses[row[3]!] === 'FAIL').length;
    expect(failing).toBe(scan.totals.byStatus.FAIL);
  });

  it('is 404 for an unknown scan and 401 without a key', async () => {
    expect((await orgscan.fetch('/v1/scans/00000000-0000-4000-8000-000000000000/report')).status).toBe(404);
    const anonymous = await fetch(`${orgscan.baseUrl}/v1/scans/${scanId}/report`);
    expect(anonymous.status).toBe(401);
  });

  it('is documented in the OpenAPI document as text/html', async () => {
    const document = (await (await fetch(`${orgscan.baseUrl}/docs/json`)).json()) as {
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const route = document.paths['/v1/scans/{id}/report']?.get;
    expect(route).toBeDefined();
    expect(Object.keys(route?.responses['200']?.content ?? {})).toEqual(['text/html']);
  });
});
