import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Store } from '@orgscan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import { testAuth } from '../../test-support/test-auth.js';

function builtDashboard(): string {
  const root = mkdtempSync(join(tmpdir(), 'orgscan-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>orgscan</title><script type="module" src="/assets/app-1a2b3c.js"></script>',
  );
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), 'console.log("dashboard")');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

let app: TypedApp | undefined;
async function build(dashboardRoot: string): Promise<TypedApp> {
  app = await buildApp({
    logger: createLogger({ level: 'silent', name: 'test' }),
    store: { ping: async () => {} } as unknown as Store,
    queue: { assertAvailable: async () => {} },
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 100,
    auth: testAuth(),
    exportConcurrency: 1,
    now: () => new Date(),
    newId: () => '00000000-0000-4000-8000-000000000001',
    dashboardRoot,
  } as unknown as AppDeps);
  return app;
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the dashboard served by the API', () => {
  it('answers index.html for its pages, revalidated every time, under a strict Content-Security-Policy', async () => {
    const api = await build(builtDashboard());
    for (const url of [
      '/',
      '/findings',
      '/findings/6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d?x=1',
      '/admin/api-keys',
      '/sign-in',
    ]) {
      const response = await api.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>orgscan</title>');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves hashed assets for a year, immutable', async () => {
    const api = await build(builtDashboard());
    const asset = await api.inject({ url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toContain('dashboard');
    expect((await api.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    for (const traversal of [
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/assets/..%2findex.html',
    ]) {
      expect((await api.inject({ url: traversal })).statusCode, traversal).not.toBe(200);
    }
    expect((await api.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
  });

  it('never falls back to the page for the API, docs, health or metrics', async () => {
    const api = await build(builtDashboard());
    const unknownApi = await api.inject({ url: '/v1/nowhere' });
    expect(unknownApi.statusCode).toBe(401);
    expect(unknownApi.headers['content-type']).toContain('application/problem+json');
    expect((await api.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await api.inject({ url: '/docs/json' })).headers['content-type']).toContain('application/json');
    expect((await api.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect((await api.inject({ url: '/unknown-page' })).statusCode).toBe(401);
  });

  it('starts without a build, and says how to build the dashboard', async () => {
    const api = await build(mkdtempSync(join(tmpdir(), 'orgscan-no-web-')));
    const response = await api.inject({ url: '/' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: 'urn:orgscan:problem:dashboard-not-built', status: 404 });
    expect(response.json().detail).toContain('npm run build');
    expect((await api.inject({ url: '/assets/app.js' })).statusCode).toBe(404);
    expect((await api.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});
