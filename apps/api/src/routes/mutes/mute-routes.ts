import { findCheck } from '@orgscan/checks';
import { InvalidRequestError, type MuteRecord, NotFoundError } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditedChange } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  CreateMuteBody,
  ListMutesQuery,
  MuteParams,
  MuteSchema,
  UpdateMuteBody,
} from '../../schemas/mute.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';
import { organizationOf } from '../posture/organization-scope.js';

const SCOPE_FIELDS = ['accountId', 'ouId', 'region', 'checkId', 'resourcePattern'] as const;

function muteView(mute: MuteRecord, now: Date) {
  return {
    id: mute.id,
    organizationId: mute.organizationId,
    accountId: mute.accountId,
    ouId: mute.ouId,
    region: mute.region,
    checkId: mute.checkId,
    resourcePattern: mute.resourcePattern,
    reason: mute.reason,
    owner: mute.owner,
    expiresAt: mute.expiresAt ? mute.expiresAt.toISOString() : null,
    expired: mute.expiresAt !== null && mute.expiresAt <= now,
    lapsedAt: mute.lapsedAt ? mute.lapsedAt.toISOString() : null,
    findingsMuted: mute.findingsMuted,
    createdBy: mute.createdBy,
    createdAt: mute.createdAt.toISOString(),
    updatedAt: mute.updatedAt.toISOString(),
  };
}

function futureDate(value: string | null | undefined, now: Date): Date | null | undefined {
  if (value === undefined || value === null) return value;
  const date = new Date(value);
  if (date <= now) throw new InvalidRequestError('expiresAt must be in the future', 'expiresAt');
  return date;
}

function knownCheck(checkId: string | null | undefined): void {
  if (checkId && !findCheck(checkId)) throw new InvalidRequestError(`unknown check ${checkId}`, 'checkId');
}

/**
 * Accepted risks. A mute covers the findings matching every scope field it sets; muted findings stay visible
 * (muted=true, muteId) and count neither as failures in summaries nor in compliance. Creating, changing or
 * deleting a mute applies at once; an expiry applies at the next scan, which reports the findings reopened.
 */
export function muteRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/mutes',
    {
      config: { access: 'admin', auditAction: 'mute.create' },
      schema: {
        tags: ['mutes'],
        summary: 'Mute findings: accept a risk, with a reason, an owner and an optional expiry',
        body: CreateMuteBody,
        response: { 201: MuteSchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      if (!SCOPE_FIELDS.some((field) => body[field] !== undefined && body[field] !== null)) {
        throw new InvalidRequestError(`a mute needs at least one of ${SCOPE_FIELDS.join(', ')}`, 'accountId');
      }
      knownCheck(body.checkId);
      const now = deps.now();
      const organization = await organizationOf(deps, body.organizationId);
      const id = deps.newId();
      await auditedChange(deps, request, 201, id, (tx) =>
        tx.mutes.create({
          id,
          organizationId: organization.id,
          accountId: body.accountId ?? null,
          ouId: body.ouId ?? null,
          region: body.region ?? null,
          checkId: body.checkId ?? null,
          resourcePattern: body.resourcePattern ?? null,
          reason: body.reason,
          owner: body.owner,
          expiresAt: futureDate(body.expiresAt, now) ?? null,
          createdBy: request.principal?.name ?? 'unknown',
          createdAt: now,
        }),
      );
      const mute = await deps.store.mutes.get(id);
      return reply.code(201).header('location', `/v1/mutes/${id}`).send(muteView(mute!, now));
    },
  );

  app.get(
    '/v1/mutes',
    {
      schema: {
        tags: ['mutes'],
        summary: 'Mutes, oldest first (the order in which they win when several match)',
        querystring: ListMutesQuery,
        response: { 200: pageOf(MuteSchema, 'MutePage'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await organizationOf(deps, request.query.organizationId);
      const page = await deps.store.mutes.list({ ...request.query, organizationId: organization.id });
      const now = deps.now();
      return { items: page.items.map((mute) => muteView(mute, now)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/mutes/:id',
    {
      schema: {
        tags: ['mutes'],
        summary: 'One mute, with how many current findings it covers',
        params: MuteParams,
        response: { 200: MuteSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const mute = await deps.store.mutes.get(request.params.id);
      if (!mute) throw new NotFoundError('mute', request.params.id);
      return muteView(mute, deps.now());
    },
  );

  app.patch(
    '/v1/mutes/:id',
    {
      config: { access: 'admin', auditAction: 'mute.update' },
      schema: {
        tags: ['mutes'],
        summary: 'Change a mute: scope, reason, owner or expiry (a new future expiry revives a lapsed mute)',
        params: MuteParams,
        body: UpdateMuteBody,
        response: { 200: MuteSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { body } = request;
      const current = await deps.store.mutes.get(request.params.id);
      if (!current) throw new NotFoundError('mute', request.params.id);
      knownCheck(body.checkId);
      const scopeAfter = SCOPE_FIELDS.map((field) =>
        body[field] !== undefined ? body[field] : current[field],
      );
      if (scopeAfter.every((value) => value === null)) {
        throw new InvalidRequestError(`a mute needs at least one of ${SCOPE_FIELDS.join(', ')}`, 'accountId');
      }
      const now = deps.now();
      await auditedChange(deps, request, 200, current.id, (tx) =>
        tx.mutes.update(current.id, { ...body, expiresAt: futureDate(body.expiresAt, now) }, now),
      );
      return muteView((await deps.store.mutes.get(request.params.id))!, now);
    },
  );

  app.delete(
    '/v1/mutes/:id',
    {
      config: { access: 'admin', auditAction: 'mute.delete' },
      schema: {
        tags: ['mutes'],
        summary: 'Delete a mute: its findings count again at once',
        params: MuteParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await auditedChange(deps, request, 204, request.params.id, async (tx) => {
        if (!(await tx.mutes.delete(request.params.id))) throw new NotFoundError('mute', request.params.id);
      });
      return reply.code(204).send(null);
    },
  );
}
