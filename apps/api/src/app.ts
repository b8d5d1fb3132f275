import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { registerProblemHandlers } from './http/problem-handler.js';
import type { TypedApp } from './http/typed-app.js';
import { catalogRoutes } from './routes/catalog/catalog-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';
import { scanRoutes } from './routes/scans/scan-routes.js';
import { ProblemSchema } from './schemas/problem.js';

/**
 * The API, without listening: plugins, error shape, OpenAPI document and routes, registered explicitly.
 * Query arrays accept a repeated parameter or a single value; unknown body fields are rejected.
 */
export async function buildApp(deps: AppDeps): Promise<TypedApp> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerProblemHandlers(app);
  app.addSchema(ProblemSchema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'orgscan API',
        version: '0.1.0',
        description: 'Security posture of every account of an AWS Organization: scans, findings, coverage.',
      },
      tags: [
        { name: 'scans', description: 'Organization scans and their results' },
        { name: 'findings', description: 'Findings' },
        { name: 'catalog', description: 'Checks and frameworks' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  healthRoutes(app, deps);
  scanRoutes(app, deps);
  catalogRoutes(app);
  return app;
}
