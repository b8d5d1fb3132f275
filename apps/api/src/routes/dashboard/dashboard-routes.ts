import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';

/** apps/web/dist, both from apps/api/src (tests) and apps/api/dist (built). */
export const DEFAULT_DASHBOARD_ROOT = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

/**
 * The dashboard's client-side pages: each answers index.html (the single-page app routes in the browser),
 * so a shared link or a reload lands on the right screen. Listed, not a catch-all: /v1, /docs, /healthz,
 * /readyz and /metrics never fall back to the page, and unknown API paths still need a key.
 */
export const DASHBOARD_PAGES = ['sign-in', 'findings', 'accounts', 'compliance', 'scans', 'admin'] as const;

/**
 * Everything the dashboard loads comes from this origin; no inline script or style, no framing, no plugins.
 * (Charts render tooltips on their canvas, so no inline style attribute is needed either.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Hashed file names change with their content: a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function notBuilt(reply: FastifyReply): FastifyReply {
  return sendProblem(reply, {
    type: 'dashboard-not-built',
    title: 'Not Found',
    status: 404,
    detail:
      'The web dashboard is not built in this installation. Build it with `npm run build` (or ' +
      '`npm run build -w apps/web`) and restart the API; the REST API under /v1 works without it.',
  });
}

/**
 * Serves the built dashboard (apps/web/dist): hashed assets cached for a year, index.html revalidated every
 * time, every page with a strict Content-Security-Policy and the usual security headers. Public routes: the
 * page itself holds no data; it signs in through POST /v1/sessions. Without a build, the same routes answer
 * a 404 problem saying how to build it, and the API runs as before.
 */
export async function dashboardRoutes(app: TypedApp, root: string = DEFAULT_DASHBOARD_ROOT): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, serve: false, decorateReply: true });
  const hidden = { schema: { hide: true }, config: { access: 'public' as const } };

  const page = async (_request: unknown, reply: FastifyReply) => {
    if (!built) return notBuilt(reply);
    return reply
      .headers({ ...SECURITY_HEADERS, 'cache-control': 'no-cache' })
      .sendFile('index.html', root, { cacheControl: false });
  };
  app.get('/', hidden, page);
  for (const name of DASHBOARD_PAGES) {
    app.get(`/${name}`, hidden, page);
    app.get(`/${name}/*`, hidden, page);
  }

  app.get('/assets/*', hidden, async (request, reply) => {
    if (!built) return notBuilt(reply);
    const file = (request.params as { '*': string })['*'];
    return reply
      .headers(SECURITY_HEADERS)
      .header('cache-control', IMMUTABLE)
      .sendFile(file, join(root, 'assets'), { cacheControl: false, dotfiles: 'deny' });
  });

  app.get('/favicon.svg', hidden, async (_request, reply) => {
    if (!built) return notBuilt(reply);
    return reply
      .headers(SECURITY_HEADERS)
      .header('cache-control', 'public, max-age=86400')
      .sendFile('favicon.svg', root, { cacheControl: false });
  });
}
