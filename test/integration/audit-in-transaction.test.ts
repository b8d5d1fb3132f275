import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

let orgscan: InProcessOrgscan;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await orgscan.fetch(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await orgscan.database.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${sql}`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** Makes every audit_log insert fail in the test's schema, as a full disk or a revoked grant would. */
async function breakAuditLog(): Promise<void> {
  await orgscan.database.pool.query(`
    CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'audit log unavailable (test)'; END $$;
    DROP TRIGGER IF EXISTS refuse_audit ON audit_log;
    CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
}

async function repairAuditLog(): Promise<void> {
  await orgscan.database.pool.query('DROP TRIGGER IF EXISTS refuse_audit ON audit_log');
}

async function finishedScan(): Promise<string> {
  const started = await call('POST', '/v1/scans', { services: ['iam'] });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return waitFor('the scan to be final', async () => {
    const scan = await call('GET', `/v1/scans/${started.body.id}`);
    return ['completed', 'incomplete', 'partial', 'failed'].includes(scan.body.status)
      ? (started.body.id as string)
      : undefined;
  });
}

describe('an audited change and its audit entry commit together', () => {
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
  }, 60_000);
  afterAll(async () => {
    await orgscan?.close();
  });
  beforeEach(async () => {
    await repairAuditLog();
  });

  it('refuses invalid Unicode in any string with a 400 naming the field, and saves nothing', async () => {
    const before = await count('mutes');
    const answer = await call('POST', '/v1/mutes', {
      checkId: 'iam-root-mfa-enabled',
      reason: 'ok \ud800',
      owner: 'sec',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'body.reason', message: expect.stringMatching(/Unicode/) }]);
    expect(await count('mutes')).toBe(before);
    const query = await call('GET', '/v1/audit-log?action=%ED%A0%80');
    expect(query.status).toBe(400);
  });

  it('mutes: no audit entry, no mute (create, update, delete)', async () => {
    const created = await call('POST', '/v1/mutes', {
      checkId: 'iam-root-mfa-enabled',
      reason: 'accepted',
      owner: 'sec',
    });
    expect(created.status).toBe(201);
    expect(
      await count("audit_log WHERE action = 'mute.create' AND resource_id = $1", [created.body.id]),
    ).toBe(1);
    await breakAuditLog();
    const before = await count('mutes');
    expect(
      (await call('POST', '/v1/mutes', { checkId: 'iam-root-mfa-enabled', reason: 'unaudited', owner: 'y' }))
        .status,
    ).toBe(500);
    expect(await count('mutes')).toBe(before);
    expect((await call('PATCH', `/v1/mutes/${created.body.id}`, { reason: 'changed' })).status).toBe(500);
    expect((await call('GET', `/v1/mutes/${created.body.id}`)).body.reason).toBe('accepted');
    expect((await call('DELETE', `/v1/mutes/${created.body.id}`)).status).toBe(500);
    expect((await call('GET', `/v1/mutes/${created.body.id}`)).status).toBe(200);
  });

  it('organizations: no audit entry, no change (create, update, delete)', async () => {
    const body = { id: 'audited-org', name: 'Audited', memberRoleName: 'OrgScanReadOnly' };
    await breakAuditLog();
    expect((await call('POST', '/v1/organizations', body)).status).toBe(500);
    expect(await count("organizations WHERE id = 'audited-org'")).toBe(0);
    await repairAuditLog();
    expect((await call('POST', '/v1/organizations', body)).status).toBe(201);
    await breakAuditLog();
    expect((await call('PATCH', '/v1/organizations/audited-org', { name: 'Renamed' })).status).toBe(500);
    expect((await call('GET', '/v1/organizations/audited-org')).body.name).toBe('Audited');
    expect((await call('DELETE', '/v1/organizations/audited-org')).status).toBe(500);
    expect(await count("organizations WHERE id = 'audited-org'")).toBe(1);
  });

  it('dashboard sessions: no audit entry, no session and no sign-out', async () => {
    const signIn = () =>
      fetch(`${orgscan.baseUrl}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: orgscan.baseUrl },
        body: JSON.stringify({ apiKey: orgscan.apiKey }),
      });
    const opened = await signIn();
    expect(opened.status).toBe(201);
    const { csrfToken } = (await opened.json()) as Json;
    expect(await count("audit_log WHERE action = 'session.create'")).toBe(1);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;

    await breakAuditLog();
    const sessions = await count('web_sessions');
    expect((await signIn()).status).toBe(500);
    expect(await count('web_sessions')).toBe(sessions);
    const signOut = () =>
      fetch(`${orgscan.baseUrl}/v1/sessions/current`, {
        method: 'DELETE',
        headers: { cookie, origin: orgscan.baseUrl, 'x-csrf-token': csrfToken },
      });
    const open = () => count('web_sessions WHERE revoked_at IS NULL');
    const openBefore = await open();
    expect((await signOut()).status).toBe(500);
    expect(await open()).toBe(openBefore);

    await repairAuditLog();
    expect((await signOut()).status).toBe(204);
    expect(await open()).toBe(openBefore - 1);
    expect(await count("audit_log WHERE action = 'session.delete'")).toBe(1);
  });

  it('API keys: no audit entry, no key and no revocation', async () => {
    const key = await call('POST', '/v1/api-keys', { name: 'kept', role: 'viewer' });
    expect(key.status).toBe(201);
    await breakAuditLog();
    const before = await count('api_keys');
    expect((await call('POST', '/v1/api-keys', { name: 'unaudited', role: 'admin' })).status).toBe(500);
    expect(await count('api_keys')).toBe(before);
    expect((await call('DELETE', `/v1/api-keys/${key.body.id}`)).status).toBe(500);
    expect((await call('GET', `/v1/api-keys/${key.body.id}`)).body.revokedAt).toBeNull();
  });

  it('schedules: no audit entry, no schedule and no job scheduler', async () => {
    await breakAuditLog();
    const before = await count('schedules');
    expect((await call('POST', '/v1/schedules', { name: 'nightly', cron: '0 3 * * *' })).status).toBe(500);
    expect(await count('schedules')).toBe(before);
    await repairAuditLog();
    const schedule = await call('POST', '/v1/schedules', { name: 'nightly', cron: '0 3 * * *' });
    expect(schedule.status).toBe(201);
    await breakAuditLog();
    expect((await call('PATCH', `/v1/schedules/${schedule.body.id}`, { enabled: false })).status).toBe(500);
    expect((await call('GET', `/v1/schedules/${schedule.body.id}`)).body.enabled).toBe(true);
    expect((await call('DELETE', `/v1/schedules/${schedule.body.id}`)).status).toBe(500);
    expect(await count('schedules WHERE id = $1', [schedule.body.id])).toBe(1);
  });

  it('webhooks: no audit entry, no webhook, no change, no test delivery', async () => {
    const body = { name: 'hook', url: 'http://127.0.0.1:9/hook', events: ['finding.opened'], enabled: false };
    await breakAuditLog();
    const before = await count('webhooks');
    expect((await call('POST', '/v1/webhooks', body)).status).toBe(500);
    expect(await count('webhooks')).toBe(before);
    await repairAuditLog();
    const webhook = await call('POST', '/v1/webhooks', { ...body, enabled: true });
    expect(webhook.status).toBe(201);
    await breakAuditLog();
    expect((await call('PATCH', `/v1/webhooks/${webhook.body.id}`, { name: 'renamed' })).status).toBe(500);
    expect((await call('GET', `/v1/webhooks/${webhook.body.id}`)).body.name).toBe('hook');
    expect((await call('POST', `/v1/webhooks/${webhook.body.id}/test`)).status).toBe(500);
    expect(await count('webhook_deliveries WHERE webhook_id = $1', [webhook.body.id])).toBe(0);
    expect((await call('DELETE', `/v1/webhooks/${webhook.body.id}`)).status).toBe(500);
    expect(await count('webhooks WHERE id = $1', [webhook.body.id])).toBe(1);
  });

  it('scans: no audit entry, no scan started, retried or cancelled', async () => {
    const scanId = await finishedScan();
    expect(await count("audit_log WHERE action = 'scan.start' AND resource_id = $1", [scanId])).toBe(1);
    await breakAuditLog();
    const scans = await count('scans');
    expect((await call('POST', '/v1/scans', { services: ['iam'] })).status).toBe(500);
    expect(await count('scans')).toBe(scans);

    // The demo organization has an account the scanning role cannot reach: the scan has a failed account.
    const failed = await count("scan_accounts WHERE scan_id = $1 AND status = 'failed'", [scanId]);
    expect(failed).toBeGreaterThan(0);
    expect((await call('POST', `/v1/scans/${scanId}/retry`)).status).toBe(500);
    expect(await count("scan_accounts WHERE scan_id = $1 AND status = 'failed'", [scanId])).toBe(failed);
    expect(await count('scans WHERE id = $1 AND round = 0', [scanId])).toBe(1);

    // A scan waiting for its planning job (the worker is paused): a cancel that cannot be audited leaves it
    // waiting; an audited one ends it cancelled.
    await repairAuditLog();
    await orgscan.worker?.worker.pause();
    const waiting = await call('POST', '/v1/scans', { services: ['iam'] });
    expect(waiting.status).toBe(202);
    await breakAuditLog();
    expect((await call('POST', `/v1/scans/${waiting.body.id}/cancel`)).status).toBe(500);
    expect(await count("scans WHERE id = $1 AND status = 'pending'", [waiting.body.id])).toBe(1);
    await repairAuditLog();
    const cancelled = await call('POST', `/v1/scans/${waiting.body.id}/cancel`);
    expect(cancelled.status).toBe(202);
    expect(cancelled.body.accountsCancelled).toBe(0);
    expect(await count("scans WHERE id = $1 AND status = 'cancelled'", [waiting.body.id])).toBe(1);
    expect(await count("audit_log WHERE action = 'scan.cancel' AND status_code = 202")).toBe(1);
    orgscan.worker?.worker.resume();
  }, 60_000);
});
