import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, SIGNED_IN_VIEWER, SIGNED_OUT } from '../test-support/render-app';

afterEach(cleanup);

const overview = {
  organizationId: 'default',
  generatedAt: '2026-01-02T00:00:00.000Z',
  totals: { total: 0, PASS: 0, FAIL: 0, ERROR: 0, SKIPPED: 0, MANUAL: 0, muted: 0, passRate: null },
  failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, informational: 0 },
  lastScan: null,
  change: null,
  topFailingChecks: [],
  coverage: {
    accountsKnown: 0,
    accountsWithResults: 0,
    accountsWithoutResults: [],
    accountsFailed: [],
    regionsWithErrors: [],
    checksWithErrors: [],
  },
};

describe('session handling', () => {
  it('sends a visitor without a session to sign-in, keeping where they wanted to go', async () => {
    const app = renderApp('/findings?severity=high', () => ({ body: SIGNED_OUT }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(app.router.state.location.pathname).toBe('/sign-in');
    expect(app.router.state.location.search).toEqual({ redirect: '/findings?severity=high' });
  });

  it('signs in by exchanging the key for a session, then forgets the key', async () => {
    let signedIn = false;
    const app = renderApp('/sign-in', (request) => {
      if (request.method === 'POST' && request.path === '/v1/sessions') {
        signedIn = true;
        return { status: 201, body: SIGNED_IN_VIEWER };
      }
      if (request.path === '/v1/sessions/current') return { body: signedIn ? SIGNED_IN_VIEWER : SIGNED_OUT };
      if (request.path === '/v1/organizations') return { body: { items: [] } };
      if (request.path === '/v1/posture/overview') return { body: overview };
      return { body: { organizationId: 'default', points: [] } };
    });
    const field = (await screen.findByLabelText('API key')) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'osk_the-key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Overview' });
    expect(app.router.state.location.pathname).toBe('/');
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.toContain(
      'osk_the-key',
    );
    // A viewer is shown neither administration nor the start of a scan.
    expect(screen.queryByRole('link', { name: 'Admin' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start a scan' })).toBeNull();
  });

  it('goes to sign-in when the API says the session ended (401), and signs out with the CSRF token', async () => {
    let ended = false;
    const app = renderApp('/', (request) => {
      if (request.path === '/v1/sessions/current') return { body: SIGNED_IN_VIEWER };
      if (request.method === 'DELETE') {
        ended = true;
        return { status: 204 };
      }
      if (request.path === '/v1/organizations') return { body: { items: [] } };
      if (request.path === '/v1/posture/overview' && !ended) {
        return { status: 401, body: { status: 401, title: 'Unauthorized', detail: 'The session has ended' } };
      }
      return { body: overview };
    });
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/sign-in'));
    const app2 = renderApp('/scans', (request) => {
      if (request.path === '/v1/sessions/current') return { body: SIGNED_IN_VIEWER };
      if (request.method === 'DELETE') return { status: 204 };
      if (request.path === '/v1/organizations') return { body: { items: [] } };
      return { body: { items: [], nextCursor: null } };
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(app2.router.state.location.pathname).toBe('/sign-in'));
    const signOut = app2.requests.find((request) => request.method === 'DELETE')!;
    expect(signOut.path).toBe('/v1/sessions/current');
    expect(signOut.csrf).toBe('csrf-1');
  });
});
