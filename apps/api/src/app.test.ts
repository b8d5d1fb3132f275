import {
  createLogger,
  DestinationPolicy,
  InvalidRequestError,
  NotFoundError,
  OrganizationsUnavailableError,
  QueueUnavailableError,
  type ScanRecord,
  type StartScanRequest,
  type Store,
} from '@orgscan/core';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import type { TypedApp } from './http/typed-app.js';
import { ScanDetailSchema, ScanSummarySchema } from './schemas/scan.js';
import { schemaViolations } from './test-support/schema-check.js';
import { ADMIN_HEADERS, testAuth } from './test-support/test-auth.js';

const SCAN_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';

const finishedScan: ScanRecord = {
  id: SCAN_ID,
  organizationId: 'default',
  status: 'completed',
  trigger: 'api',
  checkIds: ['iam-root-mfa-enabled'],
  regions: null,
  accountCount: 1,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  startedAt: new Date('2026-01-01T00:00:01Z'),
  finishedAt: new Date('2026-01-01T00:00:05Z'),
  totals: {
    findings: 1,
    byStatus: { PASS: 1, FAIL: 0, ERROR: 0, SKIPPED: 0, MANUAL: 0 },
    failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, informational: 0 },
  },
  coverage: {
    accounts: { total: 1, succeeded: 1, failed: 0, skipped: 0, cancelled: 0, pending: 0, running: 0 },
    regionsScanned: ['us-east-1'],
    checksSelected: 1,
    checksEvaluated: 1,
    checksWithErrors: 0,
    cells: { judged: 1, total: 1, ratio: 1, notScannedPerAccount: 1 },
  },
  orgContext: null,
  round: 0,
  plannedAt: new Date('2026-01-01T00:00:00Z'),
  failureReason: null,
};

/** A store that answers from memory what these route tests read; anything else is a test bug. */
function fakeStore(overrides: Partial<{ ping: () => Promise<void> }> = {}): Store {
  return {
    ping: overrides.ping ?? (async () => {}),
    scans: {
      get: async (id: string) => (id === SCAN_ID ? finishedScan : null),
      list: async () => ({ items: [finishedScan], nextCursor: null }),
    },
    scanAccounts: { listForScan: async () => [] },
    findings: { listForScan: async () => ({ items: [], nextCursor: null }) },
  } as unknown as Store;
}

let app: TypedApp | undefined;

async function build(deps: Partial<AppDeps> = {}): Promise<TypedApp> {
  app = await buildApp({
    logger: createLogger({ level: 'silent', name: 'test' }),
    store: fakeStore(),
    queue: { assertAvailable: async () => {} },
    metrics: new Registry(),
    cancelScan: async (scanId) => ({ scanId, accountsCancelled: 2, accountsRunning: 1 }),
    retryScan: async (scanId) => ({ scanId, round: 1, accountsQueued: 1 }),
    startScan: async () => ({
      scanId: SCAN_ID,
      organizationId: 'default',
    }),
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 200,
    auth: testAuth(),
    exportConcurrency: 1,
    schedules: { queue: { upsert: async () => {}, remove: async () => {} }, minIntervalSeconds: 60 },
    webhooks: { secrets: null, destinations: new DestinationPolicy(), queue: { wake: async () => {} } },
    now: () => new Date('2026-02-01T00:00:00Z'),
    newId: () => '00000000-0000-4000-8000-000000000001',
    ...deps,
  });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('POST /v1/scans', () => {
  it('answers 202 with the scan id, pending, and a Location header', async () => {
    let received: StartScanRequest | undefined;
    const api = await build({
      startScan: async (request) => {
        received = request;
        return {
          scanId: SCAN_ID,
          organizationId: 'default',
        };
      },
    });
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      method: 'POST',
      url: '/v1/scans',
      payload: { checks: ['iam-root-mfa-enabled'] },
    });
    expect(response.statusCode).toBe(202);
    expect(response.headers.location).toBe(`/v1/scans/${SCAN_ID}`);
    expect(response.json()).toEqual({
      id: SCAN_ID,
      status: 'pending',
      organizationId: 'default',
      links: { self: `/v1/scans/${SCAN_ID}`, findings: `/v1/scans/${SCAN_ID}/findings` },
    });
    expect(received).toEqual({
      organizationId: 'default',
      trigger: 'api',
      selection: { checks: ['iam-root-mfa-enabled'], frameworks: undefined, services: undefined },
      regions: undefined,
      audit: expect.any(Function),
    });
  });

  it('rejects unknown body fields, naming them', async () => {
    const api = await build();
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      method: 'POST',
      url: '/v1/scans',
      payload: { accounts: ['1'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 400,
      title: 'Invalid request',
      errors: [{ field: 'body.accounts', message: 'is not a known field' }],
    });
  });

  it('names each invalid field', async () => {
    const api = await build();
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      method: 'POST',
      url: '/v1/scans',
      payload: { checks: ['Not A Check'], regions: ['moon-1'] },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.checks[0]', 'body.regions[0]']));
  });

  it('answers 400 for a body that is not JSON', async () => {
    const api = await build();
    const response = await api.inject({
      method: 'POST',
      url: '/v1/scans',
      headers: { ...ADMIN_HEADERS, 'content-type': 'application/json' },
      payload: '{"checks": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, type: 'urn:orgscan:problem:invalid-request' });
  });

  it.each([
    [new QueueUnavailableError(new Error('ECONNREFUSED 10.0.0.1:6379')), 503, 'queue-unavailable'],
    [
      new OrganizationsUnavailableError('AccessDeniedException', 'organizations:ListAccounts', false),
      502,
      'organizations-unavailable',
    ],
    [
      new OrganizationsUnavailableError('TooManyRequestsException', 'organizations:ListAccounts', true),
      503,
      'organizations-unavailable',
    ],
    [new InvalidRequestError('unknown check id(s): x', 'checks'), 400, 'invalid-request'],
    [new NotFoundError('organization', 'acme'), 404, 'not-found'],
  ])('maps %s to %i', async (error, status, type) => {
    const api = await build({
      startScan: async () => {
        throw error;
      },
    });
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      method: 'POST',
      url: '/v1/scans',
      payload: {},
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ status, type: `urn:orgscan:problem:${type}` });
    expect(response.body).not.toContain('10.0.0.1');
  });

  it('says nothing internal in a 500', async () => {
    const api = await build({
      startScan: async () => {
        throw new Error('password authentication failed for user "orgscan" at db.internal:5432');
      },
    });
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      method: 'POST',
      url: '/v1/scans',
      payload: {},
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('db.internal');
    expect(response.body).not.toContain('password');
    expect(response.json()).toMatchObject({ status: 500, title: 'Internal Server Error' });
  });
});

describe('GET /v1/scans and /v1/scans/:id', () => {
  it('returns scans matching the response schema', async () => {
    const api = await build();
    const response = await api.inject({ headers: ADMIN_HEADERS, url: '/v1/scans?limit=10' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.nextCursor).toBeNull();
    expect(schemaViolations(ScanSummarySchema, body.items[0])).toEqual([]);
  });

  it('returns one scan matching the detail schema', async () => {
    const api = await build();
    const response = await api.inject({ headers: ADMIN_HEADERS, url: `/v1/scans/${SCAN_ID}` });
    expect(response.statusCode).toBe(200);
    expect(schemaViolations(ScanDetailSchema, response.json())).toEqual([]);
    expect(response.json().progress).toEqual({
      succeeded: 1,
      failed: 0,
      skipped: 0,
      cancelled: 0,
      pending: 0,
      running: 0,
    });
  });

  it('answers 400 naming the parameter for an id that is not a uuid, 404 for an unknown one', async () => {
    const api = await build();
    const invalid = await api.inject({ headers: ADMIN_HEADERS, url: '/v1/scans/42' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].field).toBe('params.id');
    const unknown = await api.inject({
      headers: ADMIN_HEADERS,
      url: '/v1/scans/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('validates query parameters', async () => {
    const api = await build();
    const response = await api.inject({
      headers: ADMIN_HEADERS,
      url: `/v1/scans/${SCAN_ID}/findings?status=BROKEN&limit=0`,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.limit']));
    expect(fields.some((field: string) => field.startsWith('querystring.status'))).toBe(true);
  });
});

describe('health, readiness, docs, unknown routes', () => {
  it('is live, and ready only when Postgres and Redis answer', async () => {
    const api = await build({
      store: fakeStore({ ping: () => new Promise(() => {}) }),
      queue: {
        assertAvailable: async () => {
          throw new QueueUnavailableError(new Error('down'));
        },
      },
    });
    expect((await api.inject({ headers: ADMIN_HEADERS, url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await api.inject({ headers: ADMIN_HEADERS, url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ checks: { postgres: 'unavailable', redis: 'unavailable' } });
  });

  it('serves the OpenAPI document and the UI', async () => {
    const api = await build();
    const document = (await api.inject({ headers: ADMIN_HEADERS, url: '/docs/json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/scans',
        '/v1/scans/{id}',
        '/v1/scans/{id}/findings',
        '/healthz',
        '/readyz',
      ]),
    );
    expect((await api.inject({ headers: ADMIN_HEADERS, url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('answers unknown routes with a problem', async () => {
    const api = await build();
    const response = await api.inject({ headers: ADMIN_HEADERS, url: '/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
