import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
type Json = any;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Json;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors no listing issued: wrong JSON, wrong shapes, wrong types, values Postgres cannot take. */
const TAMPERED_CURSORS = [
  'WyJnYXJiYWdlIiwieCJd', // ["garbage","x"] (issue 11)
  b64('["garbage"]'),
  b64('["2026-01-01T00:00:00.000000Z","not-a-uuid"]'),
  b64('["not-a-time","3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21"]'),
  b64('[1e309]'),
  b64('[-1]'),
  b64('[1.5]'),
  b64('["99999999999999999999999"]'),
  b64('[null]'),
  b64('[]'),
  b64('{}'),
  b64('"x"'),
  b64('[["nested"]]'),
  b64('["\\u0000"]'),
  b64('["\\ud800"]'),
  b64('[0,"0"]'),
  b64(`[${'1,'.repeat(40)}1]`),
  b64(JSON.stringify(['a', 'b', 'c', 'd', 'e'])),
  b64(JSON.stringify(['123456789012', 7, 'us-east-1', 'arn'])),
  b64(JSON.stringify(['1', 'iam-root-mfa-enabled', 'us-east-1', '\u0000'])),
  'not base64 !!!',
  '%FF%FE',
  'x',
];

/** Values no query parameter of the API accepts, whatever its type. */
const BAD_VALUES = ['%00', `a%00b`, 'x'.repeat(5000), '%ZZ', '%E0%A4%A', '%ED%A0%80'];
const BAD_NUMBERS = ['Infinity', '-Infinity', 'NaN', '-1', '0', '1e309', '1.5', 'abc', '', '99999999999'];
const BAD_DATES = ['yesterday', '2026-13-45T00:00:00Z', '2026-02-30T00:00:00Z', '1e309', '-1', 'T'];
const BAD_UUIDS = [
  'not-a-uuid',
  '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a2g',
  '00000000-0000-0000-0000-0000000000000',
];

let orgscan: InProcessOrgscan;
let document: Json;
let tried = 0;
let serverErrors = 0;
const ids: Record<string, string> = {};

/** One raw request (fetch would normalise the URL): the status, the content type and the parsed body. */
function send(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(orgscan.baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          authorization: `Bearer ${orgscan.apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const contentType = String(response.headers['content-type'] ?? '');
          let parsed: Json = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: kept as text for the assertion message
          }
          tried += 1;
          if ((response.statusCode ?? 0) >= 500) serverErrors += 1;
          resolve({ status: response.statusCode ?? 0, contentType, body: parsed });
        });
      },
    );
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

/** What is wrong with an answer that should be a `status` problem (nothing: an empty string). */
function problemMismatch(answer: Answer, status: number, what: string): string {
  const wrong =
    answer.status !== status ||
    !answer.contentType.includes('application/problem+json') ||
    answer.body?.status !== status ||
    typeof answer.body?.title !== 'string' ||
    typeof answer.body?.detail !== 'string';
  return wrong
    ? `${what} → ${answer.status} ${answer.contentType} ${JSON.stringify(answer.body).slice(0, 200)}`
    : '';
}

function expectProblem(answer: Answer, status: number, what: string): void {
  expect(problemMismatch(answer, status, what)).toBe('');
}

function operations(): Array<{ method: string; path: string; operation: Json }> {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] })),
  );
}

/** A path of the document with real ids (or `override` for one parameter), so valid requests reach handlers. */
function concrete(path: string, override?: { name: string; value: string }): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override?.name === name) return override.value;
    if (name === 'framework') return 'cis-aws-7.0.0';
    if (name === 'deliveryId') return ids.delivery!;
    if (name === 'fingerprint') return ids.fingerprint!;
    const family = path.split('/')[2] ?? '';
    const id = ids[family];
    if (!id) throw new Error(`no id for ${family} in ${path}`);
    return id;
  });
}

/** Bad values for one query parameter, from its schema. */
function badValuesFor(schema: Json, name: string): string[] {
  const item = schema?.type === 'array' ? schema.items : schema;
  const values = [...BAD_VALUES];
  if (name === 'cursor') values.push(...TAMPERED_CURSORS.map(encodeURIComponent));
  if (item?.type === 'integer' || item?.type === 'number') values.push(...BAD_NUMBERS);
  if (item?.format === 'date-time') values.push(...BAD_DATES);
  if (item?.format === 'uuid') values.push(...BAD_UUIDS);
  if (item?.enum || item?.anyOf) values.push('bogus-value');
  if (item?.type === 'boolean') values.push('maybe', '2');
  return values;
}

async function scanOnce(): Promise<string> {
  const started = await orgscan.fetch('/v1/scans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ services: ['iam'] }),
  });
  const { id } = (await started.json()) as { id: string };
  await waitFor('the scan to be final and folded into the posture', async () => {
    const scan = (await (await orgscan.fetch(`/v1/scans/${id}`)).json()) as { status: string };
    if (!['completed', 'incomplete', 'partial', 'failed'].includes(scan.status)) return undefined;
    return (await orgscan.fetch(`/v1/scans/${id}/diff?limit=1`)).status === 200 ? true : undefined;
  });
  return id;
}

async function created(path: string, body: object): Promise<string> {
  const response = await orgscan.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Json;
  expect(response.status, JSON.stringify(json)).toBeLessThan(300);
  return json.id ?? json.deliveryId;
}

describe('hostile input on every route of the OpenAPI document', () => {
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
    ids.scans = await scanOnce();
    ids.organizations = 'default';
    const findings = (await (await orgscan.fetch('/v1/findings?limit=1')).json()) as Json;
    ids.fingerprint = findings.items[0].fingerprint;
    ids.accounts = findings.items[0].accountId;
    ids.frameworks = 'cis-aws-7.0.0';
    ids.mutes = await created('/v1/mutes', { checkId: 'iam-root-mfa-enabled', reason: 'fuzz', owner: 'sec' });
    ids.schedules = await created('/v1/schedules', { name: 'fuzz', cron: '0 3 * * *' });
    ids['api-keys'] = await created('/v1/api-keys', { name: 'fuzz', role: 'viewer' });
    ids.webhooks = await created('/v1/webhooks', {
      name: 'fuzz',
      url: 'http://127.0.0.1:9/hook',
      events: ['finding.opened'],
      enabled: true,
    });
    ids.delivery = await created(`/v1/webhooks/${ids.webhooks}/test`, {});
    document = (await orgscan.fetch('/docs/json').then((response) => response.json())) as Json;
  }, 90_000);

  afterAll(async () => {
    process.stdout.write(`hostile input: ${tried} requests, ${serverErrors} answered 5xx\n`);
    await orgscan?.close();
  });

  it('answers 400 problem+json to every bad query value of every route, never 5xx', async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { method, path, operation } of operations()) {
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        if (parameter.in !== 'query') continue;
        for (const value of badValuesFor(parameter.schema, parameter.name)) {
          const url = `${concrete(path)}?${parameter.name}=${value}`;
          wrong.push(
            problemMismatch(await send(method.toUpperCase(), url), 400, `${method} ${url.slice(0, 150)}`),
          );
          checked += 1;
        }
        if (parameter.schema?.type === 'array') {
          // More values than the list takes (maxItems), each of them valid on its own.
          const valid = parameter.schema.items?.enum?.[0] ?? parameter.schema.items?.anyOf?.[0]?.const ?? 'x';
          const url = `${concrete(path)}?${Array.from({ length: 150 }, () => `${parameter.name}=${valid}`).join('&')}`;
          wrong.push(
            problemMismatch(
              await send(method.toUpperCase(), url),
              400,
              `${method} ${path} 150×${parameter.name}`,
            ),
          );
          checked += 1;
        }
      }
    }
    expect(wrong.filter(Boolean)).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);

  it('names the cursor when it was tampered with', async () => {
    const answer = await send('GET', `/v1/scans?cursor=${TAMPERED_CURSORS[0]}`);
    expectProblem(answer, 400, 'tampered cursor');
    expect(answer.body.errors).toEqual([{ field: 'querystring.cursor', message: expect.any(String) }]);
  });

  it('rejects unknown query parameters on every route, naming them', async () => {
    const wrong: string[] = [];
    for (const { method, path, operation } of operations()) {
      // A valid body, so that the query string is what is wrong.
      const example = exampleBody(operation);
      const answer = await send(
        method.toUpperCase(),
        `${concrete(path)}?unknownParameter=1`,
        example === undefined ? undefined : JSON.stringify(example),
      );
      const named = (answer.body?.errors ?? []).some(
        (error: Json) =>
          error.field === 'querystring.unknownParameter' && error.message === 'is not a known field',
      );
      wrong.push(
        problemMismatch(answer, 400, `${method} ${path}`) || (named ? '' : `${method} ${path}: not named`),
      );
    }
    expect(wrong.filter(Boolean)).toEqual([]);
  });

  it('answers 400 problem+json to bad path parameters', async () => {
    const wrong: string[] = [];
    for (const { method, path } of operations()) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      for (const name of names) {
        for (const value of ['NOT_AN_ID!', '%00', 'x'.repeat(90), '%ZZ', '%E0%A4%A', '..%2F..']) {
          const bad = concrete(path, { name, value });
          const answer = await send(
            method.toUpperCase(),
            bad,
            method === 'get' || method === 'delete' ? undefined : '{}',
          );
          wrong.push(problemMismatch(answer, 400, `${method} ${bad}`));
        }
      }
    }
    expect(wrong.filter(Boolean)).toEqual([]);
  }, 60_000);

  it('answers 400 problem+json to bad request bodies of every route', async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { method, path, operation } of operations()) {
      const media = operation.requestBody?.content?.['application/json'];
      if (!media) continue;
      const example = exampleBody(operation) ?? {};
      const properties = Object.keys(resolve(media.schema)?.properties ?? {});
      const variants: Array<[string, string]> = [
        ['not JSON', '{"name": '],
        ['an array', '[]'],
        ['a string', '"text"'],
        ['null', 'null'],
        ['an unknown field', JSON.stringify({ ...example, unknownField: 1 })],
      ];
      for (const property of properties) {
        for (const [label, value] of [
          ['a NUL byte', 'a\u0000b'],
          ['a lone surrogate', 'ok \ud800'],
          ['an overlong string', 'x'.repeat(100_000)],
          ['a huge array', Array.from({ length: 5000 }, () => 'x')],
          ['an object', { nested: { deeper: true } }],
          ['a number', 1e308],
        ] as Array<[string, unknown]>) {
          variants.push([`${property} as ${label}`, JSON.stringify({ ...example, [property]: value })]);
        }
      }
      for (const [label, body] of variants) {
        const answer = await send(method.toUpperCase(), concrete(path), body);
        wrong.push(problemMismatch(answer, 400, `${method} ${path} with ${label}`));
        checked += 1;
      }
    }
    expect(wrong.filter(Boolean)).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('answers problem+json to malformed URLs, overlong URLs and overlong headers', async () => {
    expectProblem(await send('GET', '/v1/scans/%E0%A4%A'), 400, 'malformed percent-encoding in the path');
    expectProblem(await send('GET', `/v1/scans/${'a'.repeat(200)}`), 414, 'an overlong path parameter');
    expectProblem(
      await send('GET', `/v1/findings?resource=${'a'.repeat(20_000)}`),
      431,
      'a request line over the header size limit',
    );
    expectProblem(
      await send('GET', '/v1/scans', undefined, { 'x-padding': 'p'.repeat(20_000) }),
      431,
      'a huge header',
    );
  });
});

/** The example request body the document gives an operation, if it takes one. */
function exampleBody(operation: Json): Json {
  const media = operation.requestBody?.content?.['application/json'];
  if (!media) return undefined;
  return media.example ?? (Object.values(media.examples ?? {})[0] as Json | undefined)?.value ?? {};
}

/** Follows a local $ref of the document. */
function resolve(schema: Json): Json {
  if (!schema?.$ref) return schema;
  const target = (schema.$ref as string)
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: Json, key: string) => node?.[key], document);
  return resolve(target);
}
