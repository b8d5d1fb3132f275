import {
  type ApiKeyRecord,
  generateApiKey,
  hashApiKey,
  InvalidRequestError,
  NotFoundError,
} from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditedChange } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  ApiKeyParams,
  ApiKeySchema,
  CreateApiKeyBody,
  CreatedApiKeySchema,
  ListApiKeysQuery,
} from '../../schemas/api-key.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function apiKeyView(key: ApiKeyRecord) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    keyPrefix: key.keyPrefix,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    expiresAt: iso(key.expiresAt),
    lastUsedAt: iso(key.lastUsedAt),
    revokedAt: iso(key.revokedAt),
  };
}

/** API keys (admin): created with a role, shown once, stored as an HMAC; revoked, never deleted. */
export function apiKeyRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/api-keys',
    {
      config: { access: 'admin', auditAction: 'api-key.create' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API key; the key is in this response only',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeySchema, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const expiresAt = request.body.expiresAt ? new Date(request.body.expiresAt) : null;
      if (expiresAt && expiresAt <= now)
        throw new InvalidRequestError('expiresAt must be in the future', 'expiresAt');
      const generated = generateApiKey();
      const id = deps.newId();
      const record = await auditedChange(deps, request, 201, id, (tx) =>
        tx.apiKeys.create({
          id,
          name: request.body.name,
          role: request.body.role,
          keyPrefix: generated.prefix,
          keyHash: hashApiKey(generated.key, deps.auth.pepper),
          createdBy: request.principal?.name ?? 'unknown',
          createdAt: now,
          expiresAt,
        }),
      );
      return reply
        .code(201)
        .header('location', `/v1/api-keys/${record.id}`)
        .header('cache-control', 'no-store')
        .send({ ...apiKeyView(record), key: generated.key });
    },
  );

  app.get(
    '/v1/api-keys',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['auth'],
        summary: 'API keys, newest first (never the keys themselves)',
        querystring: ListApiKeysQuery,
        response: { 200: pageOf(ApiKeySchema, 'ApiKeyPage'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = await deps.store.apiKeys.list(request.query);
      return { items: page.items.map(apiKeyView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/api-keys/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['auth'],
        summary: 'One API key (never the key itself)',
        params: ApiKeyParams,
        response: { 200: ApiKeySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const key = await deps.store.apiKeys.get(request.params.id);
      if (!key) throw new NotFoundError('api key', request.params.id);
      return apiKeyView(key);
    },
  );

  app.delete(
    '/v1/api-keys/:id',
    {
      config: { access: 'admin', auditAction: 'api-key.revoke' },
      schema: {
        tags: ['auth'],
        summary:
          'Revoke an API key: it and its dashboard sessions stop working at once (kept for the audit trail)',
        params: ApiKeyParams,
        response: { 204: Type.Null({ description: 'Revoked' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await auditedChange(deps, request, 204, request.params.id, async (tx) => {
        const now = deps.now();
        if (!(await tx.apiKeys.revoke(request.params.id, now))) {
          throw new NotFoundError('api key', request.params.id);
        }
        // Its dashboard sessions would be refused anyway (the key is checked on each request); end them too.
        await tx.webSessions.revokeForKey(request.params.id, now);
      });
      return reply.code(204).send(null);
    },
  );
}
