import type { AuditEntry, AuditHook, Repositories } from '@orgscan/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import type { TypedApp } from './typed-app.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's change and its audit entry were committed together. */
    auditRecorded: boolean;
  }
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Body fields never copied into the audit log. */
const SECRET_FIELDS =
  /^(externalId|managementExternalId|password|secret|token|apiKey|apiToken|routingKey|url)$/i;

/** A copy of a request body for the audit log, without secret-looking fields. */
export function auditDetails(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => auditDetails(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_FIELDS.test(key) ? '[redacted]' : auditDetails(item, depth + 1),
    ]),
  );
}

function entryOf(
  deps: AppDeps,
  request: FastifyRequest,
  statusCode: number,
  resourceId: string | null,
): AuditEntry | null {
  const principal = request.principal;
  if (!principal) return null;
  return {
    actorId: principal.id,
    actorName: principal.name,
    actorRole: principal.role,
    via: principal.via,
    action: request.routeOptions.config?.auditAction ?? `${request.method} ${request.routeOptions.url ?? ''}`,
    method: request.method,
    path: request.url.split('?')[0] ?? request.url,
    resourceId,
    statusCode,
    requestId: String(request.id),
    remoteIp: request.ip ?? null,
    details: { params: request.params ?? {}, body: auditDetails(request.body ?? null) },
    at: deps.now(),
  };
}

/**
 * The audit entry of a change this request makes, for the transaction that makes it (services take it as
 * an AuditHook): `statusCode` is the answer the route gives when the change commits.
 */
export function auditHook(deps: AppDeps, request: FastifyRequest, statusCode: number): AuditHook {
  return async (tx: Repositories, resourceId: string) => {
    const entry = entryOf(deps, request, statusCode, resourceId);
    if (!entry) return;
    await tx.auditLog.append(entry);
    request.auditRecorded = true;
  };
}

/**
 * Runs a route's change in a transaction that also writes its audit entry: both commit, or neither does
 * (the request then fails). `resourceId` names what the change creates or touches.
 */
export async function auditedChange<T>(
  deps: AppDeps,
  request: FastifyRequest,
  statusCode: number,
  resourceId: string,
  change: (tx: Repositories) => Promise<T>,
): Promise<T> {
  return deps.store.transaction(async (tx) => {
    const result = await change(tx);
    await auditHook(deps, request, statusCode)(tx, resourceId);
    return result;
  });
}

/**
 * Mutations that changed nothing (refused, invalid, failed) are recorded too, as attempts: nothing is
 * rolled back when that write fails, so it is only logged. A mutation that answers 2xx without having
 * committed its audit entry with its change is a bug of its route: the entry is still written, and the
 * omission logged as an error.
 */
export function registerAuditTrail(app: TypedApp, deps: AppDeps): void {
  app.decorateRequest('auditRecorded', false);
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (request.auditRecorded || !request.principal || READ_METHODS.has(request.method)) return payload;
    const location = reply.getHeader('location');
    const params = (request.params ?? {}) as Record<string, unknown>;
    const resourceId =
      typeof location === 'string'
        ? (location.split('/').pop() ?? null)
        : typeof params.id === 'string'
          ? params.id
          : null;
    if (reply.statusCode < 300) {
      request.log.error(
        { route: request.routeOptions.url },
        'a change was committed without its audit entry',
      );
    }
    const entry = entryOf(deps, request, reply.statusCode, resourceId);
    try {
      if (entry) await deps.store.auditLog.append(entry);
    } catch (error) {
      request.log.error({ err: error }, 'audit log entry of a refused request could not be written');
    }
    return payload;
  });
}
