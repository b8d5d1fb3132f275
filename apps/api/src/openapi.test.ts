import { createLogger, type Store } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import type { TypedApp } from './http/typed-app.js';
import { isDashboardRoute } from './test-support/dashboard-routes.js';
import { testAuth } from './test-support/test-auth.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
type Json = any;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

let app: TypedApp;
let document: Json;

beforeAll(async () => {
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
  } as unknown as AppDeps);
  document = (await app.inject({ url: '/docs/json' })).json();
});
afterAll(async () => {
  await app.close();
});

/** Every operation of the document, with where it is. */
function operations(): Array<{ name: string; path: string; method: string; operation: Json }> {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      method,
      operation: item[method],
    })),
  );
}

/** Follows a local $ref (#/components/schemas/X). */
function resolve(schema: Json): Json {
  if (schema?.$ref) {
    const target = (schema.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce((node: Json, key: string) => node?.[key], document);
    expect(target, `dangling ${schema.$ref}`).toBeDefined();
    return resolve(target);
  }
  return schema;
}

function allRefs(node: Json, found: string[] = []): string[] {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else allRefs(value, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, tags and both security schemes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(document.components.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
      apiKeyHeader: { type: 'apiKey', in: 'header', name: 'x-api-key' },
    });
    for (const ref of allRefs(document)) resolve({ $ref: ref });
  });

  it('documents every route the app serves (docs excepted)', () => {
    const documented = new Set(operations().map((entry) => entry.name));
    // The dashboard's pages and files are not API operations.
    const served = app.routeAccess
      .filter(
        (route) => route.method !== 'HEAD' && !route.url.startsWith('/docs') && !isDashboardRoute(route.url),
      )
      .map((route) => `${route.method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('gives every operation a summary, declared tags, responses with descriptions, and its security', () => {
    const tags = new Set((document.tags as Json[]).map((tag) => tag.name));
    for (const { name, operation } of operations()) {
      expect(operation.summary, name).toEqual(expect.stringMatching(/\S{3}/));
      expect(operation.tags?.length, name).toBeGreaterThan(0);
      for (const tag of operation.tags) expect(tags.has(tag), `${name}: undeclared tag ${tag}`).toBe(true);
      expect(Object.keys(operation.responses ?? {}).length, name).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        expect(response.description, `${name} ${status}`).toEqual(expect.any(String));
      }
      expect(operation.security, `${name} declares its security`).toBeDefined();
      const isPublic =
        name.endsWith('/healthz') ||
        name.endsWith('/readyz') ||
        name === 'POST /v1/sessions' ||
        name === 'GET /v1/sessions/current';
      if (isPublic) {
        expect(operation.security, name).toEqual([]);
      } else {
        expect(operation.security, name).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
        for (const status of ['401', '403', '429'])
          expect(operation.responses[status], `${name} ${status}`).toBeDefined();
      }
    }
  });

  it('answers every error with the problem schema', () => {
    for (const { name, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        if (Number(status) < 400) continue;
        const content = Object.values(response.content ?? {})[0] as Json;
        const schema = resolve(content?.schema);
        expect(Object.keys(schema?.properties ?? {}), `${name} ${status}`).toEqual(
          expect.arrayContaining(['type', 'title', 'status', 'detail']),
        );
      }
    }
  });

  it('describes every parameter with a schema, and every path parameter as required', () => {
    for (const { name, path, operation } of operations()) {
      const parameters = (operation.parameters ?? []) as Json[];
      for (const parameter of parameters) {
        expect(parameter.schema, `${name} ${parameter.name}`).toBeDefined();
        expect(['path', 'query', 'header'], `${name} ${parameter.name}`).toContain(parameter.in);
      }
      for (const [, param] of path.matchAll(/\{(\w+)\}/g)) {
        const declared = parameters.find((parameter) => parameter.in === 'path' && parameter.name === param);
        expect(declared, `${name} path parameter ${param}`).toMatchObject({ required: true });
      }
    }
  });

  it('closes every request body to unknown fields and gives it an example', () => {
    const bodies = operations().filter(({ operation }) => operation.requestBody);
    expect(bodies.length).toBeGreaterThan(5);
    for (const { name, operation } of bodies) {
      const media = operation.requestBody.content['application/json'];
      const schema = resolve(media.schema);
      expect(schema.additionalProperties, name).toBe(false);
      // @fastify/swagger moves schema examples to the media object (example, or examples when several).
      const examples = media.example !== undefined ? 1 : Object.keys(media.examples ?? {}).length;
      expect(examples, `${name} has an example body`).toBeGreaterThan(0);
    }
  });

  it('gives every success response a schema', () => {
    for (const { name, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        if (Number(status) >= 300 || status === '204') continue;
        const content = Object.values(response.content ?? {})[0] as Json;
        expect(content?.schema, `${name} ${status}`).toBeDefined();
      }
    }
  });
});
