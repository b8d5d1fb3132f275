import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';

/** Prometheus exposition of the api's registry (scans and accounts by status, queue depth). */
export function metricsRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/metrics',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics: scans and account jobs by status, queue depth (needs a viewer key)',
        produces: ['text/plain'],
      },
    },
    async (_request, reply) => {
      const body = await deps.metrics.metrics();
      return reply.type(deps.metrics.contentType).send(body);
    },
  );
}
