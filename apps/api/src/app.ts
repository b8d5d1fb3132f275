import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { registerAuditTrail } from './http/audit-trail.js';
import { registerAuth, SECURITY_SCHEMES } from './http/auth.js';
import { registerClosedQuerystrings } from './http/closed-querystrings.js';
import { registerPreAuthLimit } from './http/pre-auth-limit.js';
import { clientErrorProblem, frameworkProblem, registerProblemHandlers } from './http/problem-handler.js';
import { parseQuery } from './http/query-parser.js';
import { registerRequestGuard } from './http/request-guard.js';
import type { TypedApp } from './http/typed-app.js';
import { registerValidators } from './http/validators.js';
import { accountRoutes } from './routes/accounts/account-routes.js';
import { apiKeyRoutes } from './routes/api-keys/api-key-routes.js';
import { auditRoutes } from './routes/audit-log/audit-routes.js';
import { catalogRoutes } from './routes/catalog/catalog-routes.js';
import { complianceRoutes } from './routes/compliance/compliance-routes.js';
import { dashboardRoutes } from './routes/dashboard/dashboard-routes.js';
import { exportRoutes } from './routes/exports/export-routes.js';
import { findingRoutes } from './routes/findings/finding-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';
import { metricsRoutes } from './routes/metrics/metrics-routes.js';
import { muteRoutes } from './routes/mutes/mute-routes.js';
import { organizationRoutes } from './routes/organizations/organization-routes.js';
import { dashboardPostureRoutes } from './routes/posture/dashboard-posture-routes.js';
import { postureRoutes } from './routes/posture/posture-routes.js';
import { scanControlRoutes } from './routes/scans/scan-control-routes.js';
import { scanRoutes } from './routes/scans/scan-routes.js';
import { scheduleRoutes } from './routes/schedules/schedule-routes.js';
import { sessionRoutes } from './routes/sessions/session-routes.js';
import { webhookRoutes } from './routes/webhooks/webhook-routes.js';
import { ProblemSchema } from './schemas/problem.js';

/** What API_PREAUTH_RATE_LIMIT_PER_SECOND / _BURST default to, and how many addresses are tracked. */
export const PREAUTH_RATE_LIMIT_DEFAULTS = { perSecond: 50, burst: 200, maxClients: 100_000 } as const;

/**
 * The API, without listening: plugins, error shape, OpenAPI document and routes, registered explicitly.
 * Query arrays accept a repeated parameter or a single value; unknown body fields and query parameters are
 * rejected, and so are values no store can hold faithfully (request-guard.ts).
 */
export async function buildApp(deps: AppDeps): Promise<TypedApp> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    // Behind a TLS-terminating proxy: X-Forwarded-For names the client (per-address limit), X-Forwarded-Proto
    // decides Secure cookies and the CSRF origin check.
    trustProxy: deps.trustProxy && deps.trustProxy.length > 0 ? [...deps.trustProxy] : false,
    routerOptions: { querystringParser: parseQuery },
    frameworkErrors: frameworkProblem,
    clientErrorHandler: clientErrorProblem,
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerValidators(app);
  registerProblemHandlers(app);
  registerRequestGuard(app);
  app.addSchema(ProblemSchema);
  registerClosedQuerystrings(app);
  // Parses the dashboard's session cookie before authentication reads it.
  await app.register(cookie);
  // Before any route: every route registered afterwards is classified (public or a role) and documented.
  registerPreAuthLimit(app, deps.preAuthRateLimit ?? PREAUTH_RATE_LIMIT_DEFAULTS, () => deps.now().getTime());
  registerAuth(app, deps);
  registerAuditTrail(app, deps);

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
        { name: 'findings', description: 'Findings: current posture and per scan' },
        { name: 'posture', description: 'Summaries, accounts, what changed' },
        { name: 'compliance', description: 'Framework requirements per account' },
        { name: 'mutes', description: 'Accepted risks' },
        { name: 'exports', description: 'Streaming exports: CSV, NDJSON, OCSF, ASFF' },
        { name: 'organizations', description: 'Organizations to scan' },
        { name: 'schedules', description: 'Scans on a cron schedule' },
        { name: 'webhooks', description: 'Signed events, PagerDuty and Jira tickets, deliveries' },
        { name: 'auth', description: 'API keys, dashboard sessions and the audit log' },
        { name: 'catalog', description: 'Checks and frameworks' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
      components: { securitySchemes: SECURITY_SCHEMES },
      security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  healthRoutes(app, deps);
  scanRoutes(app, deps);
  scanControlRoutes(app, deps);
  metricsRoutes(app, deps);
  catalogRoutes(app);
  findingRoutes(app, deps);
  exportRoutes(app, deps);
  postureRoutes(app, deps);
  accountRoutes(app, deps);
  complianceRoutes(app, deps);
  muteRoutes(app, deps);
  organizationRoutes(app, deps);
  apiKeyRoutes(app, deps);
  auditRoutes(app, deps);
  scheduleRoutes(app, deps);
  webhookRoutes(app, deps);
  sessionRoutes(app, deps);
  dashboardPostureRoutes(app, deps);
  await dashboardRoutes(app, deps.dashboardRoot);
  return app;
}
