import { describe, expect, it } from 'vitest';
import { SessionStore } from '../session/session-store';
import { ApiError, createApiClient, unwrap } from './client';

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly csrf: string | null;
}

function fakeApi(status = 200, body: unknown = { items: [], nextCursor: null }) {
  const seen: Seen[] = [];
  const fetch = async (input: Request) => {
    seen.push({
      method: input.method,
      path: new URL(input.url).pathname,
      csrf: input.headers.get('x-csrf-token'),
    });
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { seen, fetch: fetch as unknown as typeof globalThis.fetch };
}

const signedIn = () => {
  const store = new SessionStore();
  store.set({
    principal: { keyId: 'k', name: 'alice', role: 'admin', keyPrefix: 'osk_abc', via: 'session' },
    session: {
      createdAt: '2026-01-01T00:00:00Z',
      idleExpiresAt: '2026-01-01T00:30:00Z',
      expiresAt: '2026-01-01T12:00:00Z',
    },
    csrfToken: 'csrf-token-of-the-session',
  });
  return store;
};

describe('the API client and the session', () => {
  it('sends the session’s CSRF token with every change, and never with a read', async () => {
    const api = fakeApi();
    const client = createApiClient({
      session: signedIn(),
      onUnauthorized: () => {},
      fetch: api.fetch,
      baseUrl: 'http://dashboard.test',
    });
    await client.GET('/v1/findings', { params: { query: { limit: 10 } } });
    await client.DELETE('/v1/mutes/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000001' } },
    });
    await client.POST('/v1/scans', { body: {} });
    expect(api.seen).toEqual([
      { method: 'GET', path: '/v1/findings', csrf: null },
      {
        method: 'DELETE',
        path: '/v1/mutes/00000000-0000-4000-8000-000000000001',
        csrf: 'csrf-token-of-the-session',
      },
      { method: 'POST', path: '/v1/scans', csrf: 'csrf-token-of-the-session' },
    ]);
  });

  it('goes back to sign-in when the API answers 401 (session ended), with the problem as the error', async () => {
    const api = fakeApi(401, { status: 401, title: 'Unauthorized', detail: 'The session has ended' });
    let signInAsked = 0;
    const client = createApiClient({
      session: signedIn(),
      onUnauthorized: () => {
        signInAsked += 1;
      },
      fetch: api.fetch,
      baseUrl: 'http://dashboard.test',
    });
    const error = await unwrap(client.GET('/v1/posture/overview', { params: { query: {} } })).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, detail: 'The session has ended' });
    expect(signInAsked).toBe(1);
  });

  it('does not loop to sign-in when the sign-in itself is refused', async () => {
    const api = fakeApi(401, { status: 401, title: 'Unauthorized', detail: 'The API key is not valid' });
    let signInAsked = 0;
    const client = createApiClient({
      session: new SessionStore(),
      onUnauthorized: () => {
        signInAsked += 1;
      },
      fetch: api.fetch,
      baseUrl: 'http://dashboard.test',
    });
    const error = await unwrap(client.POST('/v1/sessions', { body: { apiKey: 'osk_wrong' } })).catch(
      (caught) => caught,
    );
    expect(error).toMatchObject({ status: 401, detail: 'The API key is not valid' });
    expect(signInAsked).toBe(0);
    // Without a session, no CSRF token is invented.
    expect(api.seen[0]?.csrf).toBeNull();
  });
});
