import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import {
  launchChromium,
  openWatchedPage,
  screenshot,
  seriousViolations,
  type WatchedPage,
} from './support/dashboard-browser.js';

/**
 * The dashboard in a real headless Chromium against the real stack: the api serving the built dashboard,
 * an in-process worker, Redis, Postgres, the simulated demo organization. Every test fails on a console
 * error, a failed request or a serious accessibility violation, and leaves a screenshot of its last screen
 * in test-results/web/.
 */
describe('the web dashboard in Chromium', () => {
  let orgscan: InProcessOrgscan;
  let browser: Browser;
  let tab: WatchedPage | undefined;
  const tabs: WatchedPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    orgscan = await startInProcessOrgscan();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await orgscan?.close();
  });
  afterEach(async (context) => {
    const current = tab;
    tab = undefined;
    if (current) await screenshot(current.page, context.task.name.split(':')[0] ?? context.task.name);
    for (const open of tabs.splice(0)) {
      const problems = [...open.problems];
      await open.context.close();
      expect(problems, 'console errors and failed requests').toEqual([]);
    }
  });

  async function newTab(): Promise<WatchedPage> {
    tab = await openWatchedPage(browser);
    tabs.push(tab);
    return tab;
  }

  async function signIn(page: WatchedPage['page'], key: string): Promise<void> {
    await page.goto(`${orgscan.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  }

  async function expectAccessible(page: WatchedPage['page'], what: string): Promise<void> {
    expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
  }

  it('scan: signs in with the admin key, starts a scan from the UI and watches it finish', async () => {
    const { page } = await newTab();
    await page.goto(`${orgscan.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page, 'sign-in');
    await signIn(page, orgscan.apiKey);
    // The key is not kept in the browser: only the HttpOnly cookie is.
    const stored = await page.evaluate<string>(
      'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })',
    );
    expect(stored).not.toContain(orgscan.apiKey);
    await page.getByRole('link', { name: 'Start a scan' }).first().click();
    await page.getByRole('heading', { name: 'Start a scan' }).waitFor();
    await expectAccessible(page, 'start a scan');
    await screenshot(page, 'start-scan');
    await page.getByRole('button', { name: 'Start the scan' }).click();
    await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Progress' }).waitFor();
    // Progress arrives by polling, without a reload, until the scan is final.
    await page
      .getByTestId('scan-status')
      .filter({ hasText: /^(completed|incomplete|partial)$/ })
      .waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { name: 'What changed' }).waitFor();
    await expectAccessible(page, 'a finished scan');
    const accounts = await page.locator('section[aria-labelledby="accounts-title"] tbody tr').count();
    expect(accounts).toBe(orgscan.org.accounts.length);
  }, 180_000);

  it('overview: shows the KPIs, the trend area, the heatmap of OUs × CIS sections, and drills down', async () => {
    const { page } = await newTab();
    await signIn(page, orgscan.apiKey);
    await page.getByRole('heading', { name: 'Pass rate' }).waitFor();
    const heatmap = page.locator('table.heatmap');
    await heatmap.waitFor();
    expect(await heatmap.locator('thead th').count()).toBeGreaterThan(4);
    expect(await heatmap.locator('tbody tr.heatmap-account').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /Coverage gaps/ }).waitFor();
    await expectAccessible(page, 'overview');
    await screenshot(page, 'dashboard-overview');
    await heatmap.getByRole('button', { name: '2 Identity and Access Management', exact: true }).click();
    await page.getByRole('heading', { name: /CIS sections › 2 Identity and Access Management/ }).waitFor();
    await page.locator('table.heatmap thead th').nth(3).waitFor();
  }, 60_000);

  it('findings: filters to one account and severity in the URL, follows the link, and mutes the finding', async () => {
    const failing = (await (
      await orgscan.fetch('/v1/findings?status=FAIL&muted=false&severity=high&limit=1')
    ).json()) as { items: Array<{ accountId: string; fingerprint: string }> };
    const target = failing.items[0];
    expect(target, 'a high-severity failure in the demo organization').toBeDefined();
    const { page } = await newTab();
    await signIn(page, orgscan.apiKey);
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await page.getByLabel('Account ids').fill(target!.accountId);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('group', { name: 'Severity' }).getByLabel('high').check();
    await page.getByRole('group', { name: 'Status' }).getByLabel('FAIL').check();
    await page.waitForURL((url) =>
      ['accountId', 'severity', 'status'].every((key) => url.searchParams.has(key)),
    );
    const url = new URL(page.url());
    expect(url.searchParams.getAll('accountId')).toEqual([target!.accountId]);
    expect(url.searchParams.getAll('severity')).toEqual(['high']);
    await expectAccessible(page, 'findings');
    const firstFinding = page.locator('a.finding-link').first();
    await firstFinding.waitFor();
    await screenshot(page, 'findings-filtered');
    // The filtered list shows only that account's high findings.
    const rows = page.locator('.findings-table tbody tr:not(.spacer)');
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain(target!.accountId);
      expect(text).toContain('high');
    }
    // A shared link opens the same view.
    const shared = await (await tab!.context.newPage()).goto(page.url());
    expect(shared?.status()).toBe(200);
    await firstFinding.click();
    await page.waitForURL(/\/findings\/[0-9a-f]{32}$/);
    await page.getByRole('heading', { name: 'History across scans' }).waitFor();
    await expectAccessible(page, 'finding detail');
    await page.getByLabel('Reason').fill('Accepted by the e2e test: compensating control documented');
    await page.getByLabel('Owner').fill('secops');
    await page.getByRole('button', { name: 'Mute', exact: true }).click();
    await page.locator('.page-header .status-muted').waitFor();
    const fingerprint = page.url().split('/').pop()!;
    const stored = (await (await orgscan.fetch(`/v1/findings/${fingerprint}`)).json()) as { muted: boolean };
    expect(stored.muted).toBe(true);
  }, 60_000);

  it('pages: every screen renders without serious accessibility violations', async () => {
    const { page } = await newTab();
    await signIn(page, orgscan.apiKey);
    const accounts = (await (await orgscan.fetch('/v1/accounts?limit=1')).json()) as {
      items: Array<{ accountId: string }>;
    };
    const screens: Array<[string, string]> = [
      ['/accounts', 'Accounts'],
      [`/accounts/${accounts.items[0]!.accountId}`, ''],
      ['/compliance', 'Compliance'],
      ['/scans', 'Scans'],
      ['/admin/schedules', 'Scan schedules'],
      ['/admin/webhooks', 'Webhooks'],
      ['/admin/api-keys', 'API keys'],
      ['/admin/mutes', 'Mutes (accepted risks)'],
      ['/admin/organizations', 'Organizations'],
      ['/admin/audit-log', 'Audit log'],
    ];
    for (const [path, heading] of screens) {
      await page.goto(`${orgscan.baseUrl}${path}`);
      if (heading) await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.locator('.state-loading').first().waitFor({ state: 'detached' });
      await expectAccessible(page, path);
      await screenshot(page, `page${path.replace(/\d{12}/, 'account')}`);
    }
    // The audit log names the session: mutations made in the dashboard are recorded as such.
    await page.goto(`${orgscan.baseUrl}/admin/audit-log`);
    await page.getByText('via session').first().waitFor();
  }, 90_000);

  it('viewer: a viewer key sees no admin pages and no start-scan button', async () => {
    const viewerKey = await orgscan.createApiKey('viewer');
    const { page } = await newTab();
    await signIn(page, viewerKey);
    await page.getByRole('heading', { name: 'Pass rate' }).waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Start a scan' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Scans', exact: true }).click();
    await page.getByRole('heading', { name: 'Scans', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Start a scan' }).count()).toBe(0);
    await page.goto(`${orgscan.baseUrl}/admin/api-keys`);
    await page.getByText('Administration needs the admin role').waitFor();
    expect(await page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
  }, 60_000);

  it('logout: signing out ends the session on the server, not only in the browser', async () => {
    const { page, context } = await newTab();
    await signIn(page, orgscan.apiKey);
    const cookie = (await context.cookies()).find((candidate) => candidate.name === 'orgscan_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const withCookie = () =>
      fetch(`${orgscan.baseUrl}/v1/findings?limit=1`, {
        headers: { cookie: `orgscan_session=${cookie!.value}` },
      });
    expect((await withCookie()).status).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    expect((await withCookie()).status).toBe(401);
    expect(
      (await context.cookies()).find((candidate) => candidate.name === 'orgscan_session'),
    ).toBeUndefined();
  }, 60_000);
});
