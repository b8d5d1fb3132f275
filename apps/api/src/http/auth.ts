import { type ApiRole, roleAllows } from '@orgscan/core';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import { problemResponses } from '../schemas/problem.js';
import { KeyAuthenticator, type Principal } from './key-authenticator.js';
import { KeyRateLimiter, type RateLimitSettings } from './key-rate-limiter.js';
import { sendProblem } from './problem-handler.js';
import type { TypedApp } from './typed-app.js';
import {
  CSRF_HEADER,
  csrfTokenMatches,
  DEFAULT_SESSION_SETTINGS,
  isSameOrigin,
  SESSION_COOKIE,
  type SessionSettings,
  sessionCookieOptions,
} from './web-session-tokens.js';

export type { Principal } from './key-authenticator.js';

/** Who may call a route: nobody needs a key (health, docs), or the least role a key must have. */
export type RouteAccess = 'public' | ApiRole;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Default: viewer for GET and HEAD, admin for anything else (a new mutation is closed until opened). */
    access?: RouteAccess;
    /** Name of the action in the audit log (mutations), e.g. `mute.create`. */
    auditAction?: string;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route with who may call it, as registered (HEAD routes included). */
    routeAccess: RouteAccessEntry[];
  }
}

export interface RouteAccessEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

export interface AuthSettings {
  /** HMAC of API_BOOTSTRAP_ADMIN_KEY (computed at start; the key itself is not kept). */
  readonly bootstrapKeyHash: string | null;
  readonly pepper: string | undefined;
  readonly rateLimit: RateLimitSettings;
  /** Dashboard sessions: idle and absolute lifetime (default: 30 minutes idle, 12 hours). */
  readonly sessions?: SessionSettings;
}

/** The session lifetimes in force. */
export function sessionSettings(auth: AuthSettings): SessionSettings {
  return auth.sessions ?? DEFAULT_SESSION_SETTINGS;
}

export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'An orgscan API key: `Authorization: Bearer osk_…`',
  },
  apiKeyHeader: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'The same key in x-api-key' },
} as const;

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
function defaultAccess(method: string | string[]): RouteAccess {
  const methods = Array.isArray(method) ? method : [method];
  return methods.every((one) => READ_METHODS.has(one)) ? 'viewer' : 'admin';
}

/** The API key a request presents (Authorization: Bearer, or x-api-key), if any. */
export function presentedKey(request: FastifyRequest): string | null {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? null;
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header : null;
}

function unauthorized(reply: FastifyReply, detail: string): FastifyReply {
  return sendProblem(reply.header('www-authenticate', 'Bearer realm="orgscan"'), {
    type: 'unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail,
  });
}

/**
 * API keys on every route but the public ones: authentication (Authorization: Bearer, or x-api-key),
 * per-key rate limiting and the role check (the audit log of mutations: audit-trail.ts). Routes are
 * classified as they are registered, so a route added later is protected (and documented as such) without
 * doing anything; the OpenAPI document gets the security requirement and the 401/403/429 answers.
 * Register before any route.
 */
export function registerAuth(app: TypedApp, deps: AppDeps): void {
  const limiter = new KeyRateLimiter(deps.auth.rateLimit, () => deps.now().getTime());
  app.decorateRequest('principal', null);
  const table: RouteAccessEntry[] = [];
  app.decorate('routeAccess', table);

  app.addHook('onRoute', (route: RouteOptions) => {
    const access =
      route.config?.access ?? (route.url.startsWith('/docs') ? 'public' : defaultAccess(route.method));
    route.config = { ...route.config, access };
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      table.push({ method, url: route.url, access });
    }
    if (!route.schema || (route.schema as { hide?: boolean }).hide) return;
    const schema = route.schema as { security?: unknown; response?: Record<string, unknown> };
    if (access === 'public') {
      schema.security = [];
      return;
    }
    schema.security = [{ bearerAuth: [] }, { apiKeyHeader: [] }];
    schema.response = { ...problemResponses(401, 403, 429), ...schema.response };
  });

  const authenticator = new KeyAuthenticator(deps, sessionSettings(deps.auth));

  app.addHook('onRequest', async (request, reply) => {
    // Unknown routes need a key too: without one, nobody learns which routes exist.
    const access = request.routeOptions.config?.access ?? 'viewer';
    if (access === 'public') return;
    const key = presentedKey(request);
    const sessionToken = key ? undefined : request.cookies[SESSION_COOKIE];
    if (!key && !sessionToken) {
      return unauthorized(
        reply,
        'An API key is required: Authorization: Bearer <key> (or x-api-key), or a dashboard session',
      );
    }
    const principal = key
      ? await authenticator.byKey(key)
      : await authenticator.bySessionToken(sessionToken as string);
    if (!principal && !key) {
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      return unauthorized(
        reply,
        'The session has ended (signed out, expired, or its key revoked): sign in again',
      );
    }
    if (!principal) return unauthorized(reply, 'The API key is not valid (unknown, revoked or expired)');
    const decision = limiter.take(principal.id);
    if (!decision.allowed) {
      return sendProblem(reply.header('retry-after', String(decision.retryAfterSeconds)), {
        type: 'rate-limited',
        title: 'Too Many Requests',
        status: 429,
        detail: `Rate limit of this API key exceeded; retry in ${decision.retryAfterSeconds} s`,
      });
    }
    reply.header('ratelimit-remaining', String(decision.remaining));
    request.principal = principal;
    // A cookie rides along with any request the browser makes, whoever asks for it: a mutation must also
    // prove it comes from the dashboard itself (same origin, and the session's CSRF token in a header).
    if (principal.via === 'session' && !READ_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (
        !isSameOrigin(request) ||
        !csrfTokenMatches(sessionToken as string, typeof header === 'string' ? header : undefined)
      ) {
        return sendProblem(reply, {
          type: 'csrf',
          title: 'Forbidden',
          status: 403,
          detail: `A change made with a dashboard session needs the same Origin and the session's ${CSRF_HEADER} header`,
        });
      }
    }
    if (!roleAllows(principal.role, access)) {
      return sendProblem(reply, {
        type: 'forbidden',
        title: 'Forbidden',
        status: 403,
        detail: `This route requires the ${access} role; the key has the ${principal.role} role`,
      });
    }
  });
}
