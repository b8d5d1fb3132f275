import type { FastifyInstance } from 'fastify';
import { ClientRateLimiter, type ClientRateLimitSettings } from './client-rate-limiter.js';
import { sendProblem } from './problem-handler.js';

/** Liveness: no I/O, so nothing to protect, and an orchestrator must not restart a pod for being flooded. */
const UNLIMITED_ROUTES = new Set(['/healthz']);

/**
 * A per-client-address limit on every request before authentication (and before /readyz's probes):
 * requests with missing or guessed keys cost a hash and a database lookup each, so without it a flood of
 * invalid keys from one address slows every real user. Authenticated keys still have their own limit
 * (auth.ts). The address is the socket's, or X-Forwarded-For's only when the proxy is trusted
 * (API_TRUST_PROXY). Register before authentication.
 */
export function registerPreAuthLimit(
  app: FastifyInstance,
  settings: ClientRateLimitSettings,
  nowMs: () => number,
): void {
  const limiter = new ClientRateLimiter(settings, nowMs);
  app.addHook('onRequest', async (request, reply) => {
    if (UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return;
    const decision = limiter.take(request.ip);
    if (decision.allowed) return;
    return sendProblem(reply.header('retry-after', String(decision.retryAfterSeconds)), {
      type: 'rate-limited',
      title: 'Too Many Requests',
      status: 429,
      detail: `Too many requests from this address; retry in ${decision.retryAfterSeconds} s`,
    });
  });
}
