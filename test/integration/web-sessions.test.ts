import { buildApp } from '@orgscan/api';
import { createLogger, hashApiKey } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';

/** Dashboard sessions on the real api and Postgres: cookie, CSRF, roles, audit, expiry and revocation. */
describe('dashboard sessions', () => {
  let orgscan: InProcessOrgscan;
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ inProcessWorker: false });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  const origin = () => orgscan.baseUrl;
  async function signIn(apiKey: string) {
    const response = await fetch(`${orgscan.baseUrl}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin() },
      body: JSON.stringify({ apiKey }),
    });
    expect(response.status).toBe(201);
    const setCookie = response.headers.get('set-cookie') ?? '';
    const token = /orgscan_session=([^;]+)/.exec(setCookie)?.[1];
    expect(token).toBeDefined();
    const body = (await response.json()) as { csrfToken: string; principal: { role: string; via: string } };
    return { setCookie, cookie: `orgscan_session=${token}`, token: token!, body };
  }
  const withCookie = (cookie: string, path: string, init: RequestInit = {}) =>
    fetch(`${orgscan.baseUrl}${path}`, {
      ...init,
      headers: { cookie, ...(init.headers as Record<string, string>) },
    });
  const muteBody = JSON.stringify({
    accountId: '123456789012',
    reason: 'accepted in a test',
    owner: 'secops',
  });

  it('exchanges a key for an HttpOnly, SameSite=Strict cookie; only a hash of the token is stored', async () => {
    const { setCookie, token, body } = await signIn(orgscan.apiKey);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(body.principal).toMatchObject({ role: 'admin', via: 'session' });
    expect(JSON.stringify(body)).not.toContain(orgscan.apiKey);
    const { rows } = await orgscan.database.pool.query('SELECT * FROM web_sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(orgscan.apiKey);
  });

  it('refuses an unknown key without a cookie', async () => {
    const response = await fetch(`${orgscan.baseUrl}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey: 'osk_not-a-key-0000000000000000000000000000' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('tells who is signed in, with the CSRF token; principal null without a session', async () => {
    const anonymous = await (await fetch(`${orgscan.baseUrl}/v1/sessions/current`)).json();
    expect(anonymous).toEqual({ principal: null, session: null, csrfToken: null });
    const { cookie, body } = await signIn(orgscan.apiKey);
    const current = (await (await withCookie(cookie, '/v1/sessions/current')).json()) as {
      csrfToken: string;
    };
    expect(current.csrfToken).toBe(body.csrfToken);
    const stale = await fetch(`${orgscan.baseUrl}/v1/sessions/current`, {
      headers: { cookie: 'orgscan_session=forged-token' },
    });
    expect(await stale.json()).toMatchObject({ principal: null });
    expect(stale.headers.get('set-cookie')).toMatch(/orgscan_session=;/);
  });

  it('reads with the cookie; changes need the same Origin and the CSRF header', async () => {
    const { cookie, body } = await signIn(orgscan.apiKey);
    expect((await withCookie(cookie, '/v1/findings?limit=1')).status).toBe(200);
    const post = (headers: Record<string, string>) =>
      withCookie(cookie, '/v1/mutes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: muteBody,
      });
    const noToken = await post({ origin: origin() });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ type: 'urn:orgscan:problem:csrf' });
    expect((await post({ origin: origin(), 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect((await post({ 'x-csrf-token': body.csrfToken })).status).toBe(403);
    expect((await post({ origin: 'https://evil.example', 'x-csrf-token': body.csrfToken })).status).toBe(403);
    const accepted = await post({ origin: origin(), 'x-csrf-token': body.csrfToken });
    expect(accepted.status).toBe(201);
    // Bearer keys are unaffected: no CSRF token, no Origin.
    expect(
      (
        await orgscan.fetch('/v1/mutes', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: muteBody,
        })
      ).status,
    ).toBe(201);
  });

  it('records changes made with a session in the audit log, naming the key and the session', async () => {
    const { cookie, body } = await signIn(orgscan.apiKey);
    await withCookie(cookie, '/v1/mutes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin(), 'x-csrf-token': body.csrfToken },
      body: muteBody,
    });
    const audit = (await (await orgscan.fetch('/v1/audit-log?action=mute.create&limit=50')).json()) as {
      items: Array<{ actor: { id: string; via: string } }>;
    };
    expect(audit.items.map((entry) => entry.actor)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'bootstrap', via: 'session' }),
        expect.objectContaining({ id: 'bootstrap', via: 'api-key' }),
      ]),
    );
    const signIns = (await (await orgscan.fetch('/v1/audit-log?action=session.create&limit=5')).json()) as {
      items: Array<{ details: unknown }>;
    };
    expect(signIns.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(signIns.items)).not.toContain(orgscan.apiKey);
  });

  it('acts with the role of the key: a viewer session is refused changes', async () => {
    const viewer = await signIn(await orgscan.createApiKey('viewer'));
    expect(viewer.body.principal.role).toBe('viewer');
    const refused = await withCookie(viewer.cookie, '/v1/mutes', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: origin(),
        'x-csrf-token': viewer.body.csrfToken,
      },
      body: muteBody,
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: 'urn:orgscan:problem:forbidden' });
  });

  it('ends at logout: the cookie is cleared and no longer works on the server', async () => {
    const { cookie, body } = await signIn(orgscan.apiKey);
    const logout = await withCookie(cookie, '/v1/sessions/current', {
      method: 'DELETE',
      headers: { origin: origin(), 'x-csrf-token': body.csrfToken },
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/orgscan_session=;/);
    const after = await withCookie(cookie, '/v1/findings?limit=1');
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ detail: expect.stringContaining('sign in again') });
  });

  it('ends when its key is revoked', async () => {
    const key = await orgscan.createApiKey('operator');
    const { cookie } = await signIn(key);
    expect((await withCookie(cookie, '/v1/scans?limit=1')).status).toBe(200);
    const record = await orgscan.database.store.apiKeys.findByHash(hashApiKey(key, undefined));
    expect((await orgscan.fetch(`/v1/api-keys/${record!.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await withCookie(cookie, '/v1/scans?limit=1')).status).toBe(401);
    const { rows } = await orgscan.database.pool.query(
      'SELECT revoked_at FROM web_sessions WHERE key_id = $1',
      [record!.id],
    );
    expect(rows.every((row) => row.revoked_at !== null)).toBe(true);
  });

  it('ends after idling, and at its absolute expiry', async () => {
    const idle = await signIn(orgscan.apiKey);
    await orgscan.database.pool.query(
      "UPDATE web_sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = (SELECT token_hash FROM web_sessions ORDER BY created_at DESC LIMIT 1)",
    );
    expect((await withCookie(idle.cookie, '/v1/findings?limit=1')).status).toBe(401);
    const old = await signIn(orgscan.apiKey);
    await orgscan.database.pool.query(
      "UPDATE web_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = (SELECT token_hash FROM web_sessions ORDER BY created_at DESC LIMIT 1)",
    );
    expect((await withCookie(old.cookie, '/v1/findings?limit=1')).status).toBe(401);
  });

  it('marks the cookie Secure behind a trusted https proxy', async () => {
    const app = await buildApp({
      logger: createLogger({ level: 'silent', name: 'test' }),
      store: orgscan.database.store,
      queue: { assertAvailable: async () => {} },
      defaultOrganizationId: 'default',
      readinessTimeoutMs: 100,
      auth: {
        bootstrapKeyHash: hashApiKey(orgscan.apiKey, undefined),
        pepper: undefined,
        rateLimit: { perMinute: 600, burst: 100 },
      },
      exportConcurrency: 1,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      trustProxy: ['127.0.0.1'],
    } as unknown as Parameters<typeof buildApp>[0]);
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/sessions',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'orgscan.example.com' },
        remoteAddress: '127.0.0.1',
        payload: { apiKey: orgscan.apiKey },
      });
      expect(response.statusCode).toBe(201);
      expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
      const { csrfToken } = response.json() as { csrfToken: string };
      const cookie = /orgscan_session=[^;]+/.exec(String(response.headers['set-cookie']))![0];
      const logout = await app.inject({
        method: 'DELETE',
        url: '/v1/sessions/current',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          origin: 'https://orgscan.example.com',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'orgscan.example.com',
        },
        remoteAddress: '127.0.0.1',
      });
      expect(logout.statusCode).toBe(204);
    } finally {
      await app.close();
    }
  });
});
