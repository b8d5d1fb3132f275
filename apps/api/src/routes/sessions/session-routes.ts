import { visiblePrefix, type WebSessionRecord } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { auditedChange } from '../../http/audit-trail.js';
import { presentedKey, sessionSettings } from '../../http/auth.js';
import { KeyAuthenticator, type Principal } from '../../http/key-authenticator.js';
import { sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  csrfTokenFor,
  newSessionToken,
  SESSION_COOKIE,
  sessionCookieOptions,
  sessionTokenHash,
} from '../../http/web-session-tokens.js';
import { problemResponses } from '../../schemas/problem.js';
import { CreateSessionBody, SessionSchema } from '../../schemas/session.js';

const SIGNED_OUT = { principal: null, session: null, csrfToken: null };

function sessionView(principal: Principal, session: WebSessionRecord | null, csrfToken: string | null) {
  return {
    principal: {
      keyId: principal.id,
      name: principal.name,
      role: principal.role,
      keyPrefix: principal.keyPrefix,
      via: principal.via,
    },
    session: session
      ? {
          createdAt: session.createdAt.toISOString(),
          idleExpiresAt: session.idleExpiresAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
        }
      : null,
    csrfToken,
  };
}

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/**
 * Dashboard sign-in: an API key is exchanged for a server-side session held in an HttpOnly cookie, so the
 * browser never keeps the key. The session acts with the key's role and ends at logout, after idling, at
 * its absolute expiry, or when its key is revoked.
 */
export function sessionRoutes(app: TypedApp, deps: AppDeps): void {
  const settings = sessionSettings(deps.auth);
  const authenticator = new KeyAuthenticator(deps, settings);

  app.post(
    '/v1/sessions',
    {
      config: { access: 'public', auditAction: 'session.create' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in to the dashboard: exchange an API key for a session cookie',
        description:
          'Sets an HttpOnly, SameSite=Strict cookie (Secure over https). Changes made with the session need the ' +
          'returned csrfToken in x-csrf-token and a same-origin Origin header. The key is not kept.',
        body: CreateSessionBody,
        response: { 201: SessionSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const principal = await authenticator.byKey(request.body.apiKey);
      if (!principal) {
        request.log.warn({ keyPrefix: visiblePrefix(request.body.apiKey) }, 'dashboard sign-in refused');
        return sendProblem(reply, {
          type: 'unauthorized',
          title: 'Unauthorized',
          status: 401,
          detail: 'The API key is not valid (unknown, revoked or expired)',
        });
      }
      const now = deps.now();
      await deps.store.webSessions.deleteExpired(now);
      const token = newSessionToken();
      const id = deps.newId();
      // The session and its audit entry (as the key, opened as a session) commit together.
      const opened: Principal = { ...principal, via: 'session' };
      const session = await auditedChange(deps, request, 201, id, async (tx) => {
        const created = await tx.webSessions.create({
          id,
          tokenHash: sessionTokenHash(token),
          keyHash: authenticator.hashOf(request.body.apiKey),
          keyId: principal.id,
          keyPrefix: principal.keyPrefix,
          createdAt: now,
          idleExpiresAt: new Date(now.getTime() + Math.min(settings.idleMs, settings.maxMs)),
          expiresAt: new Date(now.getTime() + settings.maxMs),
          userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
          remoteIp: request.ip ?? null,
        });
        request.principal = { ...opened, session: created };
        return created;
      });
      noStore(reply).setCookie(SESSION_COOKIE, token, sessionCookieOptions(request, settings.maxMs));
      return reply.code(201).send(sessionView({ ...opened, session }, session, csrfTokenFor(token)));
    },
  );

  app.get(
    '/v1/sessions/current',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Who is signed in: the key behind the request, its role, and the session with its CSRF token',
        description:
          'Public so the dashboard can ask before signing in: without a valid session (or key) the answer is ' +
          'principal null, and a stale session cookie is cleared.',
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      noStore(reply);
      const key = presentedKey(request);
      const token = key ? undefined : request.cookies[SESSION_COOKIE];
      const principal = key
        ? await authenticator.byKey(key)
        : token
          ? await authenticator.bySessionToken(token)
          : null;
      if (!principal) {
        if (token) reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
        return SIGNED_OUT;
      }
      return sessionView(principal, principal.session, token ? csrfTokenFor(token) : null);
    },
  );

  app.delete(
    '/v1/sessions/current',
    {
      config: { access: 'viewer', auditAction: 'session.delete' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the session ends on the server and its cookie is cleared',
        response: { 204: Type.Null({ description: 'Signed out' }), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (!principal.session) {
        return sendProblem(reply, {
          type: 'invalid-request',
          title: 'Invalid request',
          status: 400,
          detail:
            'The request was made with an API key, not a dashboard session: there is nothing to sign out',
        });
      }
      const sessionId = principal.session.id;
      await auditedChange(deps, request, 204, sessionId, (tx) =>
        tx.webSessions.revoke(sessionId, deps.now()),
      );
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      return reply.code(204).send(null);
    },
  );
}
