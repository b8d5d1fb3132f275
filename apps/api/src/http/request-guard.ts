import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-handler.js';
import { MALFORMED_PARAMETERS, type ParsedQuery } from './query-parser.js';

/** Deep enough for every request schema of the API; deeper values are refused by the schemas anyway. */
const MAX_DEPTH = 8;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a value cannot be stored or echoed faithfully, or null when it can. */
function unstorable(value: unknown): string | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'must not contain a NUL character';
    // A lone UTF-16 surrogate has no UTF-8 form: Postgres would store a replacement character (or refuse the
    // audit entry's JSON), so what was saved would not be what was sent.
    if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it contains a lone surrogate)';
    return null;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  return null;
}

interface Issue {
  readonly field: string;
  readonly message: string;
}

function walk(value: unknown, field: string, issues: Issue[], depth = 0): void {
  const problem = unstorable(value);
  if (problem) {
    issues.push({ field, message: problem });
    return;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walk(item, `${field}[${index}]`, issues, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyProblem = unstorable(key);
    if (keyProblem) issues.push({ field: `${field} (a field name)`, message: keyProblem });
    else walk(item, `${field}.${key}`, issues, depth + 1);
  }
}

function issuesOf(request: FastifyRequest): Issue[] {
  const issues: Issue[] = [];
  const query = (request.query ?? {}) as ParsedQuery;
  for (const name of query[MALFORMED_PARAMETERS] ?? []) {
    issues.push({ field: `querystring.${name}`, message: 'is not valid percent-encoded UTF-8' });
  }
  walk(request.params, 'params', issues);
  walk(query, 'querystring', issues);
  walk(request.body, 'body', issues);
  return issues;
}

/**
 * Every request, on every route, after schema validation and before its handler: strings with a NUL
 * character or a lone surrogate, numbers that are not finite (`limit=Infinity` and `1e309` pass Ajv's
 * coercion, which skips range checks for them) and malformed percent-encoding are a 400 naming the field.
 * Such values would otherwise fail in Postgres (500) or be stored differently from what was sent.
 */
export function registerRequestGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    const issues = issuesOf(request);
    if (issues.length === 0) return;
    return sendProblem(reply, {
      type: 'invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: issues.map((issue) => `${issue.field} ${issue.message}`).join('; '),
      errors: issues,
    });
  });
}
