import {
  type ApiKeyRecord,
  type ApiRole,
  type AuditEntry,
  createLogger,
  hashApiKey,
  type Store,
} from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { isDashboardRoute } from '../test-support/dashboard-routes.js';
import { ADMIN_HEADERS, TEST_ADMIN_KEY, testAuth, UNLIMITED_CLIENTS } from '../test-support/test-auth.js';
import type { TypedApp } from './typed-app.js';

const NOW = new Date('2026-02-01T00:00:00Z');
const KEYS: Record<string, { role: ApiRole; revokedAt?: Date; expiresAt?: Date }> = {
  'osk_viewer-key-000000000000000000000000000000': { role: 'viewer' },
  'osk_operator-key-0000000000000000000000000000': { role: 'operator' },
  'osk_revoked-key-00000000000000000000000000000': {
    role: 'admin',
    revokedAt: new Date('2026-01-01T00:00:00Z'),
  },
  'osk_expired-key-00000000000000000000000000000': {
    role: 'admin',
    expiresAt: new Date('2026-01-31T00:00:00Z'),
  },
};
const keyOf = (role: ApiRole) => Object.keys(KEYS).find((key) => KEYS[key]?.role === role)!;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Only what authentication and the audit log touch: requests that pass reach no other part. */
function fakeStore(audit: AuditEntry[]): Store {
  const records = new Map<string, ApiKeyRecord>(
    Object.entries(KEYS).map(([key, spec], index) => [
      hashApiKey(key, undefined),
      {
        id: `00000000-0000-4000-8000-00000000000${index}`,
        name: `${spec.role}-${index}`,
        role: spec.role,
        keyPrefix: key.slice(0, 12),
        createdBy: 'test',
        createdAt: new Date('2026-01-01T00:00:00Z'),
        expiresAt: spec.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: spec.revokedAt ?? null,
      },
    ]),
  );
  return {
    ping: async () => {},
    apiKeys: { findByHash: async (hash: string) => records.get(hash) ?? null, touch: async () => {} },
    auditLog: {
      append: async (entry: AuditEntry) => {
        audit.push(entry);
      },
    },
  } as unknown as Store;
}

async function build(audit: AuditEntry[], overrides: Partial<AppDeps> = {}): Promise<TypedApp> {
  return buildApp({
    logger: createLogger({ level: 'silent', name: 'test' }),
    store: fakeStore(audit),
    queue: { assertAvailable: async () => {} },
    startScan: async () => {
      throw new Error('not reached: every request here is refused before its handler');
    },
    cancelScan: async () => {
      throw new Error('not reached');
    },
    retryScan: async () => {
      throw new Error('not reached');
    },
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 100,
    auth: testAuth(),
    preAuthRateLimit: UNLIMITED_CLIENTS,
    exportConcurrency: 1,
    now: () => NOW,
    newId: () => '00000000-0000-4000-8000-000000000099',
    ...overrides,
  } as AppDeps);
}

/** A concrete URL for a route pattern: any value will do, refusal comes before validation. */
const urlOf = (pattern: string) => pattern.replace(/:[A-Za-z]+/g, 'x').replace(/\*$/, 'x');

describe('API keys on every route', () => {
  const audit: AuditEntry[] = [];
  let app: TypedApp;
  let routes: TypedApp['routeAccess'];
  beforeAll(async () => {
    app = await build(audit);
    await app.ready();
    routes = app.routeAccess;
  });
  afterAll(async () => {
    await app.close();
  });

  it('knows every route, and only health and docs are public', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((route) => `${route.method} ${route.url}`)).toEqual(
      expect.arrayContaining(['POST /v1/scans', 'GET /v1/findings', 'POST /v1/mutes', 'GET /v1/audit-log']),
    );
    const publicRoutes = routes.filter((route) => route.access === 'public');
    for (const route of publicRoutes) {
      if (isDashboardRoute(route.url)) expect(['GET', 'HEAD']).toContain(route.method);
      else if (route.url === '/v1/sessions') expect(route.method).toBe('POST');
      else if (route.url === '/v1/sessions/current') expect(['GET', 'HEAD']).toContain(route.method);
      else expect(route.url).toMatch(/^(\/healthz|\/readyz|\/docs)/);
    }
    // Signing in is public and signing out is open to every role; every other change needs operator or admin.
    const mutations = routes.filter(
      (route) =>
        !['GET', 'HEAD', 'OPTIONS'].includes(route.method) &&
        !(route.url === '/v1/sessions' && route.method === 'POST') &&
        !(route.url === '/v1/sessions/current' && route.method === 'DELETE'),
    );
    for (const route of mutations) expect(['operator', 'admin']).toContain(route.access);
  });

  it('refuses every non-public route without a key, and with an unknown, revoked or expired key, with 401 problems', async () => {
    const protectedRoutes = routes.filter((route) => route.access !== 'public');
    const refused = [
      undefined,
      bearer('osk_not-a-key-0000000000000000000000000000'),
      bearer('osk_revoked-key-00000000000000000000000000000'),
      bearer('osk_expired-key-00000000000000000000000000000'),
      { authorization: 'Basic dXNlcjpwYXNz' },
    ];
    for (const route of protectedRoutes) {
      for (const headers of refused) {
        const response = await app.inject({
          method: route.method as 'GET',
          url: urlOf(route.url),
          ...(headers ? { headers } : {}),
        });
        expect(response.statusCode, `${route.method} ${route.url} with ${JSON.stringify(headers)}`).toBe(401);
        expect(response.headers['www-authenticate']).toContain('Bearer');
        if (route.method !== 'HEAD') {
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
        expect(response.body).not.toContain('osk_');
      }
    }
  });

  it('lets a viewer mutate nothing, and an operator nothing beyond scans (403 problems)', async () => {
    const mutations = routes.filter((route) => route.access === 'operator' || route.access === 'admin');
    expect(mutations.length).toBeGreaterThan(10);
    for (const route of mutations) {
      const asViewer = await app.inject({
        method: route.method as 'POST',
        url: urlOf(route.url),
        headers: bearer(keyOf('viewer')),
      });
      expect(asViewer.statusCode, `${route.method} ${route.url} as viewer`).toBe(403);
      if (route.method !== 'HEAD') {
        expect(asViewer.json()).toMatchObject({ status: 403, type: 'urn:orgscan:problem:forbidden' });
      }
      if (route.access === 'admin') {
        const asOperator = await app.inject({
          method: route.method as 'POST',
          url: urlOf(route.url),
          headers: bearer(keyOf('operator')),
        });
        expect(asOperator.statusCode, `${route.method} ${route.url} as operator`).toBe(403);
      }
    }
  });

  it('records refused mutations of authenticated keys in the audit log, without secrets', async () => {
    audit.length = 0;
    await app.inject({
      method: 'POST',
      url: '/v1/organizations',
      headers: bearer(keyOf('viewer')),
      payload: { id: 'acme', name: 'Acme', externalId: 'super-secret-external-id' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorRole: 'viewer',
      action: 'organization.create',
      method: 'POST',
      path: '/v1/organizations',
      statusCode: 403,
    });
    expect(JSON.stringify(audit[0])).not.toContain('super-secret-external-id');
  });

  it('answers health and docs without a key', async () => {
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/docs/json' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('accepts the key as Authorization: Bearer or x-api-key', async () => {
    expect((await app.inject({ url: '/v1/checks', headers: ADMIN_HEADERS })).statusCode).toBe(200);
    expect(
      (await app.inject({ url: '/v1/checks', headers: { 'x-api-key': TEST_ADMIN_KEY } })).statusCode,
    ).toBe(200);
    expect((await app.inject({ url: '/v1/checks', headers: bearer(keyOf('viewer')) })).statusCode).toBe(200);
  });

  it('needs a key even for routes that do not exist', async () => {
    expect((await app.inject({ url: '/v1/nowhere' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/v1/nowhere', headers: ADMIN_HEADERS })).statusCode).toBe(404);
  });
});

describe('per-key rate limits', () => {
  it('answers 429 with retry-after once a key has used its burst, without slowing other keys', async () => {
    const app = await build([], { auth: testAuth({ rateLimit: { perMinute: 60, burst: 2 } }) });
    try {
      const viewer = bearer(keyOf('viewer'));
      expect((await app.inject({ url: '/v1/checks', headers: viewer })).statusCode).toBe(200);
      expect((await app.inject({ url: '/v1/checks', headers: viewer })).statusCode).toBe(200);
      const limited = await app.inject({ url: '/v1/checks', headers: viewer });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('1');
      expect(limited.json()).toMatchObject({ type: 'urn:orgscan:problem:rate-limited' });
      expect((await app.inject({ url: '/v1/checks', headers: bearer(keyOf('operator')) })).statusCode).toBe(
        200,
      );
    } finally {
      await app.close();
    }
  });
});
