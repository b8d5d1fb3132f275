import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import { AuditEntrySchema, ListAuditQuery } from '../../schemas/audit.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';

/** Every mutation attempted through the API with a valid key (admin only). */
export function auditRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/audit-log',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['auth'],
        summary:
          'Audit log: who changed what, when, with what outcome (denied attempts included), newest first',
        querystring: ListAuditQuery,
        response: { 200: pageOf(AuditEntrySchema, 'AuditPage'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query;
      const page = await deps.store.auditLog.list({
        ...rest,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return {
        items: page.items.map((entry) => ({
          id: entry.id,
          at: entry.at.toISOString(),
          actor: {
            id: entry.actorId,
            name: entry.actorName,
            role: entry.actorRole,
            via: entry.via ?? 'api-key',
          },
          action: entry.action,
          method: entry.method,
          path: entry.path,
          resourceId: entry.resourceId,
          statusCode: entry.statusCode,
          requestId: entry.requestId,
          remoteIp: entry.remoteIp,
          details: entry.details ? { ...entry.details } : null,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
