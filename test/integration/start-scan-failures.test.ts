import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';
import { demoOrganization, type SimulatedOrg } from '@orgscan/aws';
import { afterEach, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

let orgscan: InProcessOrgscan | undefined;
afterEach(async () => {
  await orgscan?.close();
  orgscan = undefined;
});

async function postScan(api: Pick<InProcessOrgscan, 'fetch'>) {
  const response = await api.fetch('/v1/scans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    // Far above the 1 s availability timeout: a hang fails here instead of stalling the suite.
    signal: AbortSignal.timeout(10_000),
  });
  // biome-ignore lint/suspicious/noExplicitAny: problem and scan bodies are checked field by field
  const body: any = await response.json();
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

async function rowCounts(instance: InProcessOrgscan) {
  const { rows } = await instance.database.pool.query<{ scans: number; accounts: number; findings: number }>(
    `SELECT (SELECT count(*) FROM scans)::int AS scans, (SELECT count(*) FROM scan_accounts)::int AS accounts,
            (SELECT count(*) FROM findings)::int AS findings`,
  );
  return rows[0];
}

/** A TCP server that accepts connections and never answers: Redis "up" but hanging. */
async function blackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('starting a scan when something is wrong', () => {
  it('answers 503 and writes nothing when Redis refuses connections', async () => {
    orgscan = await startInProcessOrgscan({ producerRedisUrl: 'redis://127.0.0.1:1' });
    const response = await postScan(orgscan);
    expect(response.status).toBe(503);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: 'urn:orgscan:problem:queue-unavailable' });
    expect(await rowCounts(orgscan)).toEqual({ scans: 0, accounts: 0, findings: 0 });
  });

  it('answers 503 and writes nothing when Redis accepts connections but never answers', async () => {
    const hole = await blackHole();
    try {
      orgscan = await startInProcessOrgscan({ producerRedisUrl: hole.url, redisTimeoutMs: 1000 });
      const response = await postScan(orgscan);
      expect(response.status).toBe(503);
      expect(await rowCounts(orgscan)).toEqual({ scans: 0, accounts: 0, findings: 0 });
    } finally {
      await hole.close();
    }
  });

  it("answers 202 without calling AWS: planning is the worker's first job", async () => {
    // No worker: nothing but the request itself could call AWS.
    orgscan = await startInProcessOrgscan({ inProcessWorker: false });
    const response = await postScan(orgscan);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ status: 'pending' });
    expect(orgscan.awsRequestsSent()).toBe(0);
    const scan = await (await orgscan.fetch(`/v1/scans/${response.body.id}`)).json();
    expect(scan).toMatchObject({ status: 'pending', plannedAt: null, accountCount: 0, accounts: [] });
  });

  it('ends the scan failed, naming the cause, when Organizations denies ListAccounts, with no account recorded', async () => {
    orgscan = await startInProcessOrgscan({
      knobs: {
        faults: [{ operation: 'organizations:ListAccounts', code: 'AccessDeniedException', httpStatus: 400 }],
      },
    });
    const response = await postScan(orgscan);
    expect(response.status).toBe(202);
    const instance = orgscan;
    const scan = await waitFor('the scan to fail in planning', async () => {
      // biome-ignore lint/suspicious/noExplicitAny: checked field by field
      const body: any = await (await instance.fetch(`/v1/scans/${response.body.id}`)).json();
      return body.status === 'failed' ? body : undefined;
    });
    expect(scan.failureReason).toContain('organizations:ListAccounts failed with AccessDeniedException');
    expect(scan.plannedAt).toBeNull();
    expect(await rowCounts(orgscan)).toEqual({ scans: 1, accounts: 0, findings: 0 });
  });

  it('completes a scan with no account to scan when the organization has no ACTIVE account', async () => {
    const org: SimulatedOrg = demoOrganization();
    const dormant: SimulatedOrg = {
      ...org,
      accounts: org.accounts.map((account) => ({ ...account, state: 'SUSPENDED' as const })),
    };
    orgscan = await startInProcessOrgscan({ org: dormant });
    const response = await postScan(orgscan);
    expect(response.status).toBe(202);
    const instance = orgscan;
    const scan = await waitFor('the empty scan to complete', async () => {
      const body = (await (await instance.fetch(`/v1/scans/${response.body.id}`)).json()) as {
        status: string;
        accountCount: number;
        progress: Record<string, number>;
        totals: { findings: number };
      };
      return body.status === 'completed' ? body : undefined;
    });
    expect(scan.accountCount).toBe(9);
    expect(scan.progress).toMatchObject({ succeeded: 0, failed: 0, skipped: 9 });
    expect(scan.totals.findings).toBe(0);
  });

  it('rejects an unknown check id with 400 naming the field, and writes nothing', async () => {
    orgscan = await startInProcessOrgscan();
    const response = await orgscan.fetch(`/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ checks: ['iam-does-not-exist'] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'body.checks' }] });
    expect(await rowCounts(orgscan)).toEqual({ scans: 0, accounts: 0, findings: 0 });
  });
});
