import { checks } from '@orgscan/checks';
import { createLogger, DestinationPolicy, type Store } from '@orgscan/core';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { TypedApp } from '../../http/typed-app.js';
import { CheckSchema, FrameworkDetailSchema } from '../../schemas/catalog.js';
import { schemaViolations } from '../../test-support/schema-check.js';
import { ADMIN_HEADERS, testAuth } from '../../test-support/test-auth.js';

let app: TypedApp;
beforeAll(async () => {
  app = await buildApp({
    logger: createLogger({ level: 'silent', name: 'test' }),
    store: {} as Store,
    queue: { assertAvailable: async () => {} },
    metrics: new Registry(),
    cancelScan: async () => {
      throw new Error('not used');
    },
    retryScan: async () => {
      throw new Error('not used');
    },
    startScan: async () => {
      throw new Error('not used');
    },
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 100,
    auth: testAuth(),
    exportConcurrency: 1,
    schedules: { queue: { upsert: async () => {}, remove: async () => {} }, minIntervalSeconds: 60 },
    webhooks: { secrets: null, destinations: new DestinationPolicy(), queue: { wake: async () => {} } },
    now: () => new Date(),
    newId: () => '00000000-0000-4000-8000-000000000001',
  });
});
afterAll(async () => {
  await app.close();
});

describe('catalog', () => {
  it('lists every check with its frameworks, older requirement ids and remediation', async () => {
    const response = await app.inject({ headers: ADMIN_HEADERS, url: '/v1/checks' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(checks.length);
    for (const item of items) expect(schemaViolations(CheckSchema, item)).toEqual([]);
    const rootMfa = items.find((item: { id: string }) => item.id === 'iam-root-mfa-enabled');
    expect(rootMfa).toMatchObject({
      severity: 'critical',
      scope: 'global',
      service: 'iam',
      remediation: { url: expect.stringMatching(/^https:\/\//) },
    });
    const cis = rootMfa.frameworks.find((framework: { id: string }) => framework.id === 'cis-aws-7.0.0');
    expect(cis.requirements).toEqual([
      { id: '2.5', legacyIds: expect.objectContaining({ '1.4.0': '1.5', '3.0.0': '1.5', '5.0.0': '1.4' }) },
    ]);
  });

  it('filters checks by service, severity and framework', async () => {
    const iamOnly = (
      await app.inject({ headers: ADMIN_HEADERS, url: '/v1/checks?service=iam&severity=critical' })
    ).json().items;
    expect(iamOnly.length).toBeGreaterThanOrEqual(2);
    expect(
      iamOnly.every(
        (item: { service: string; severity: string }) =>
          item.service === 'iam' && item.severity === 'critical',
      ),
    ).toBe(true);
    const checklist = (
      await app.inject({ headers: ADMIN_HEADERS, url: '/v1/checks?framework=account-checklist' })
    ).json().items;
    expect(checklist.length).toBe(checks.filter((check) => check.compliance['account-checklist']).length);
    expect((await app.inject({ headers: ADMIN_HEADERS, url: '/v1/checks?severity=urgent' })).statusCode).toBe(
      400,
    );
  });

  it('lists frameworks with automated and manual requirement counts', async () => {
    const { items } = (await app.inject({ headers: ADMIN_HEADERS, url: '/v1/frameworks' })).json();
    const cis = items.find((framework: { id: string }) => framework.id === 'cis-aws-7.0.0');
    expect(cis).toMatchObject({ requirements: 70 });
    expect(cis.requirementsAutomated + cis.requirementsManual).toBe(70);
    expect(items.find((framework: { id: string }) => framework.id === 'account-checklist')).toMatchObject({
      requirements: 19,
    });
  });

  it('shows each requirement of a framework: level, automated or manual with guidance, and its checks', async () => {
    const response = await app.inject({ headers: ADMIN_HEADERS, url: '/v1/frameworks/cis-aws-7.0.0' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(schemaViolations(FrameworkDetailSchema, body)).toEqual([]);
    expect(body.requirements).toHaveLength(70);
    const rootMfa = body.requirements.find((requirement: { id: string }) => requirement.id === '2.5');
    expect(rootMfa).toMatchObject({ level: 'L1', benchmarkAutomated: true, evaluation: 'automated' });
    expect(rootMfa.checks).toContain('iam-root-mfa-enabled');
    const organizationsGuardrails = body.requirements.find(
      (requirement: { id: string }) => requirement.id === '2.1.2',
    );
    expect(organizationsGuardrails).toMatchObject({ evaluation: 'manual', checks: [] });
    expect(organizationsGuardrails.guidance.length).toBeGreaterThan(20);
  });

  it('answers 404 for an unknown framework', async () => {
    const response = await app.inject({ headers: ADMIN_HEADERS, url: '/v1/frameworks/nist-800-53' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
