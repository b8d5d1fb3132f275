import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { STORE_RETRY_AFTER_SECONDS, sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';
import { ProblemSchema } from '../../schemas/problem.js';

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process is up',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Readiness: Postgres and Redis answer',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), checks: Type.Record(Type.String(), Type.String()) }),
          503: ProblemSchema,
        },
      },
    },
    async (_request, reply) => {
      const [postgres, redis] = await Promise.all([
        probe(() => deps.store.ping(), deps.readinessTimeoutMs),
        probe(() => deps.queue.assertAvailable(), deps.readinessTimeoutMs),
      ]);
      const checks = { postgres, redis };
      if (postgres === 'ok' && redis === 'ok') return { status: 'ok' as const, checks };
      return sendProblem(reply.header('retry-after', String(STORE_RETRY_AFTER_SECONDS)), {
        type: 'not-ready',
        title: 'Service Unavailable',
        status: 503,
        detail: `Not ready: ${Object.entries(checks)
          .filter(([, state]) => state !== 'ok')
          .map(([name]) => name)
          .join(', ')} unavailable`,
        checks,
      });
    },
  );
}
