import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp, SIGNED_IN_VIEWER } from '../test-support/render-app';

const finding = {
  fingerprint: '6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d',
  organizationId: 'default',
  accountId: '123456789012',
  accountName: 'prod-web',
  region: 'eu-west-1',
  checkId: 's3-bucket-public-access-blocked',
  service: 's3',
  title: 'S3 buckets block public access',
  resourceId: 'arn:aws:s3:::logs',
  resourceType: 'AwsS3Bucket',
  status: 'FAIL',
  severity: 'high',
  message: 'Public access is not blocked',
  errorCode: null,
  evidence: null,
  open: true,
  recordState: 'active',
  muted: false,
  muteId: null,
  firstSeen: '2026-01-01T00:00:00.000Z',
  lastSeen: '2026-01-02T00:00:00.000Z',
  statusChangedAt: '2026-01-01T00:00:00.000Z',
  firstFailedAt: '2026-01-01T00:00:00.000Z',
  resolvedAt: null,
  lastScanId: '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21',
  ticketRefs: [],
};

function api(request: { path: string }) {
  if (request.path === '/v1/sessions/current') return { body: SIGNED_IN_VIEWER };
  if (request.path === '/v1/organizations') return { body: { items: [] } };
  if (request.path === '/v1/findings') return { body: { items: [finding], nextCursor: null } };
  return { status: 404, body: { status: 404, title: 'Not Found', detail: 'not in this test' } };
}

afterEach(cleanup);

// happy-dom lays nothing out: give boxes a size, so the virtualised table has rows in view.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

describe('the findings explorer', () => {
  it('asks the API with the filters of the URL', async () => {
    const app = renderApp('/findings?severity=high&accountId=123456789012&status=FAIL', api);
    await screen.findByRole('link', { name: 'S3 buckets block public access' });
    const call = app.requests.find((request) => request.path === '/v1/findings')!;
    expect(call.search.getAll('severity')).toEqual(['high']);
    expect(call.search.getAll('accountId')).toEqual(['123456789012']);
    expect(call.search.getAll('status')).toEqual(['FAIL']);
    expect((screen.getByLabelText('Account ids') as HTMLInputElement).value).toBe('123456789012');
    expect((screen.getByRole('checkbox', { name: 'high' }) as HTMLInputElement).checked).toBe(true);
  });

  it('puts a changed filter in the URL and asks again with it', async () => {
    const app = renderApp('/findings?severity=high', api);
    await screen.findByRole('link', { name: 'S3 buckets block public access' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'critical' }));
    await waitFor(() => expect(app.router.state.location.searchStr).toBe('?severity=high&severity=critical'));
    await waitFor(() => {
      const calls = app.requests.filter((request) => request.path === '/v1/findings');
      expect(calls.at(-1)?.search.getAll('severity')).toEqual(['high', 'critical']);
    });
    fireEvent.change(screen.getByLabelText('Account ids'), {
      target: { value: '123456789012, 210987654321' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(app.router.state.location.searchStr).toBe(
        '?severity=high&severity=critical&accountId=123456789012&accountId=210987654321',
      ),
    );
  });

  it('links each finding to its page and offers exports of the same filter', async () => {
    renderApp('/findings?severity=high', api);
    const link = await screen.findByRole('link', { name: 'S3 buckets block public access' });
    expect(link.getAttribute('href')).toBe(`/findings/${finding.fingerprint}`);
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      '/v1/findings/export?severity=high&format=csv',
    );
  });
});
