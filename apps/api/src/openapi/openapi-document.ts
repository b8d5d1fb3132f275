import { createLogger, DestinationPolicy, type Store } from '@orgscan/core';
import { Registry } from 'prom-client';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';

const inert = async (): Promise<never> => {
  throw new Error('the OpenAPI document is built without a server: nothing is called');
};

/**
 * The API's OpenAPI document, built from the routes without a server, database or queue (every dependency
 * inert): what the dashboard's client types are generated from (scripts/generate-api-types.mjs).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const deps: AppDeps = {
    logger: createLogger({ level: 'silent', name: 'openapi' }),
    store: {} as Store,
    queue: { assertAvailable: inert },
    startScan: inert,
    cancelScan: inert,
    retryScan: inert,
    metrics: new Registry(),
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 1000,
    auth: { bootstrapKeyHash: null, pepper: undefined, rateLimit: { perMinute: 1, burst: 1 } },
    exportConcurrency: 1,
    schedules: { queue: { upsert: inert, remove: inert }, minIntervalSeconds: 60 },
    webhooks: { secrets: null, destinations: new DestinationPolicy(), queue: { wake: inert } },
    now: () => new Date(0),
    newId: () => '00000000-0000-4000-8000-000000000000',
  };
  const app = await buildApp(deps);
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
