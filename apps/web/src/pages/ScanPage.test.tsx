import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, SIGNED_IN_VIEWER } from '../test-support/render-app';

const SCAN_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';

const account = {
  accountId: '666666666666',
  name: 'dev-sandbox',
  ouPath: 'Root/Workloads',
  status: 'succeeded',
  reason: null,
  regionsScanned: ['us-east-1'],
  regionsNotEnabled: [],
  regionsDeniedByPolicy: [
    {
      region: 'sa-east-1',
      code: 'AccessDenied',
      message: 'not authorized with an explicit deny in a service control policy',
    },
  ],
  checksEvaluated: 10,
  findings: 12,
  errors: 0,
  apiCalls: 40,
  throttles: 0,
  attempts: 1,
  coverage: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:00.000Z',
};

// A scan still running: the page asks for nothing but the scan itself.
const scan = {
  id: SCAN_ID,
  organizationId: 'default',
  status: 'running',
  trigger: 'api',
  checks: ['iam-root-mfa-enabled'],
  regions: null,
  accountCount: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  plannedAt: '2026-01-01T00:00:01.000Z',
  failureReason: null,
  startedAt: '2026-01-01T00:00:02.000Z',
  finishedAt: null,
  totals: null,
  // As the scan's own route answers while it runs: coverage so far, no cell figure until accounts finish.
  coverage: {
    accounts: { total: 2, succeeded: 1, failed: 0, skipped: 0, cancelled: 0, pending: 0, running: 1 },
    regionsScanned: ['us-east-1'],
    checksSelected: 1,
    checksEvaluated: 1,
    checksWithErrors: 0,
    cells: null,
  },
  progress: { pending: 0, running: 1, succeeded: 1, failed: 0, skipped: 0, cancelled: 0 },
  accounts: [
    account,
    { ...account, accountId: '777777777777', name: 'prod-web', regionsDeniedByPolicy: [], status: 'running' },
  ],
};

function api(request: { path: string }) {
  if (request.path === '/v1/sessions/current') return { body: SIGNED_IN_VIEWER };
  if (request.path === '/v1/organizations') return { body: { items: [] } };
  if (request.path === `/v1/scans/${SCAN_ID}`) return { body: scan };
  return { status: 404, body: { status: 404, title: 'Not Found', detail: 'not in this test' } };
}

afterEach(cleanup);

describe('the scan page', () => {
  it("shows an account's regions denied by an organization policy, with the AWS error on hover", async () => {
    renderApp(`/scans/${SCAN_ID}`, api);
    const note = await screen.findByText('Regions denied by policy, not evaluated: sa-east-1');
    expect(note.getAttribute('title')).toBe(
      'sa-east-1: AccessDenied: not authorized with an explicit deny in a service control policy',
    );
    expect(screen.getAllByText(/Regions denied by policy/)).toHaveLength(1);
  });
});
