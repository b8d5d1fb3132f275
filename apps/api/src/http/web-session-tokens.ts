import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';

/** The dashboard's session cookie. HttpOnly: page scripts never see the token. */
export const SESSION_COOKIE = 'orgscan_session';
/** The header cookie-authenticated mutations carry their CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** How long sessions last unless configured: idle, and absolute from sign-in. */
export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };

export interface SessionSettings {
  /** A session unused this long ends. */
  readonly idleMs: number;
  /** A session ends this long after sign-in, however active. */
  readonly maxMs: number;
}

/** A new session token: 256 random bits, only ever in the browser's cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: the token is random, so a plain domain-separated SHA-256 is irreversible. */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(`orgscan-session-v1:${token}`, 'utf8').digest('hex');
}

/**
 * The session's CSRF token, derived from the session token (keyed hash): nothing more to store, it cannot
 * be computed without the HttpOnly cookie, and knowing it reveals nothing about the cookie. The page reads it
 * from POST /v1/sessions or GET /v1/sessions/current and sends it back in x-csrf-token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('orgscan-csrf-v1', 'utf8').digest('base64url');
}

export function csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const actual = Buffer.from(presented);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The browser's Origin is this server's own origin (scheme, host and port as the request reached us,
 * X-Forwarded-* believed only from trusted proxies). Browsers send Origin with every POST, PATCH and DELETE,
 * so a missing Origin on a cookie-authenticated mutation is refused too.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin === `${request.protocol}://${request.host}`;
}

/** HttpOnly, SameSite=Strict, whole site; Secure whenever the request came over https. */
export function sessionCookieOptions(request: FastifyRequest, maxAgeMs?: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
    ...(maxAgeMs === undefined ? {} : { maxAge: Math.floor(maxAgeMs / 1000) }),
  };
}
