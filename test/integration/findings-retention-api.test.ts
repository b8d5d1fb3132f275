import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

let orgscan: InProcessOrgscan;

async function call(path: string): Promise<{ status: number; body: Json }> {
  const response = await orgscan.fetch(path);
  const text = await response.text();
  const json = /^application\/(problem\+)?json/.test(response.headers.get('content-type') ?? '');
  return { status: response.status, body: text && json ? JSON.parse(text) : text };
}

/** Starts a scan and waits until the worker finalized it (folded into the posture). */
async function scan(): Promise<Json> {
  const response = await orgscan.fetch('/v1/scans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ services: ['iam'] }),
  });
  const started = (await response.json()) as Json;
  expect(response.status, JSON.stringify(started)).toBe(202);
  return waitFor(`scan ${started.id} to be folded into the posture`, async () => {
    const diff = await call(`/v1/scans/${started.id}/diff?limit=1`);
    return diff.status === 200 ? (await call(`/v1/scans/${started.id}`)).body : undefined;
  });
}

describe('FINDINGS_RETENTION_SCANS=1 through the api and the worker', () => {
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ findingsRetentionScans: 1 });
  }, 60_000);
  afterAll(async () => {
    await orgscan?.close();
  });

  it("answers 410 for an expired scan's findings, and keeps its summary, recorded diff and the posture", async () => {
    const first = await scan();
    const firstFindings = await call(`/v1/scans/${first.id}/findings?limit=5`);
    expect(firstFindings.status).toBe(200);
    expect(firstFindings.body.items.length).toBeGreaterThan(0);
    const postureBefore = await call('/v1/findings?limit=500');

    const second = await scan();
    // The worker applied the rule at the second scan's finalize: the first scan's findings are gone.
    for (const path of [
      `/v1/scans/${first.id}/findings?limit=5`,
      `/v1/scans/${first.id}/export?format=ndjson`,
      `/v1/scans/${first.id}/report`,
      `/v1/scans/${second.id}/diff?against=${first.id}`,
    ]) {
      const expired = await call(path);
      expect(expired.status, path).toBe(410);
      expect(expired.body).toMatchObject({
        type: 'urn:orgscan:problem:findings-expired',
        status: 410,
        detail: expect.stringContaining(first.id),
      });
    }
    const { rows } = await orgscan.database.pool.query<{ partitions: string }>(
      `SELECT count(*) AS partitions FROM pg_inherits WHERE inhparent = 'findings'::regclass`,
    );
    expect(rows[0]?.partitions).toBe('1');
    // Its summary and recorded lifecycle stay.
    const summary = await call(`/v1/scans/${first.id}`);
    expect(summary.status).toBe(200);
    expect(summary.body.totals).toEqual(first.totals);
    expect((await call(`/v1/scans/${first.id}/diff?limit=1`)).status).toBe(200);
    // The latest scan's findings are there, and the posture is the one the scans built.
    expect((await call(`/v1/scans/${second.id}/findings?limit=5`)).status).toBe(200);
    const postureAfter = await call('/v1/findings?limit=500');
    expect(postureAfter.status).toBe(200);
    expect(postureAfter.body.items.map((item: Json) => [item.fingerprint, item.status])).toEqual(
      postureBefore.body.items.map((item: Json) => [item.fingerprint, item.status]),
    );
  });
});
