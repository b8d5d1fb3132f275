import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, workDirectory } from '../test-support/run-cli.js';

/** Debian's Chromium (.ci/run installs it when missing); no browser is downloaded. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(repoRoot, 'test-results');

describe('the HTML report in headless Chromium', { timeout: 180_000 }, () => {
  const cwd = workDirectory();
  const report = join(cwd, 'out', 'report.html');
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let result: { findings: Array<{ status: string; accountId: string }> };

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const scan = await runCli(['scan', '--demo', '--format', 'json,html', '-o', join(cwd, 'out'), '-q'], {
      cwd,
    });
    expect(scan.code).toBe(0);
    result = JSON.parse(readFileSync(join(cwd, 'out', 'result.json'), 'utf8'));
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'orgscan-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 1000 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('request', (request) => {
      if (!request.url().startsWith('file://')) requests.push(request.url());
    });
    await page.goto(`file://${report}`);
    await page.waitForSelector('#findings-body tr.finding');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
  });

  const count = async () => {
    const text = (await page.textContent('#findings-count')) ?? '';
    return Number(text.split(' of ')[0]?.replace(/,/g, ''));
  };
  const expected = (statuses: string[], accountId?: string) =>
    result.findings.filter(
      (finding) => statuses.includes(finding.status) && (!accountId || finding.accountId === accountId),
    ).length;

  it('loads without console errors and makes no network request', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows the open failures, errors and manual findings first, 50 to a page', async () => {
    expect(await count()).toBe(expected(['FAIL', 'ERROR', 'MANUAL']));
    expect(await page.locator('#findings-body tr.finding').count()).toBe(50);
    expect(await page.locator('#findings-body tr.finding').first().textContent()).toContain('FAIL');
    await page.click('#page-next');
    expect(await page.textContent('#page-position')).toMatch(/^51–100 of /);
    await page.click('#page-previous');
  });

  it('filters by status, account and text, and shows a finding’s remediation on click', async () => {
    await page.uncheck('#f-status-FAIL');
    expect(await count()).toBe(expected(['ERROR', 'MANUAL']));
    await page.check('#f-status-FAIL');
    await page.check('#f-status-PASS');
    await page.selectOption('#f-account', { label: 'prod-web (444444444444)' });
    expect(await count()).toBe(expected(['FAIL', 'ERROR', 'MANUAL', 'PASS'], '444444444444'));
    const accounts = await page.locator('#findings-body tr.finding td:nth-child(4)').allTextContents();
    expect(accounts.every((text) => text.includes('444444444444'))).toBe(true);
    await page.fill('#f-search', 'deployer');
    expect(await count()).toBeGreaterThan(0);
    const rows = await page.locator('#findings-body tr.finding').allTextContents();
    expect(rows.every((text) => text.toLowerCase().includes('deployer'))).toBe(true);
    await page.locator('#findings-body tr.finding').first().click();
    const detail = await page.locator('#findings-body tr.detail').textContent();
    expect(detail).toContain('Remediation');
    expect(detail).toMatch(/https:\/\/docs\.aws\.amazon\.com\//);
    await page.fill('#f-search', 'no finding says this');
    expect(await count()).toBe(0);
    expect(await page.textContent('#page-position')).toBe('no findings');
  });

  it('is kept as a screenshot', async () => {
    await page.fill('#f-search', '');
    await page.selectOption('#f-account', '');
    await page.uncheck('#f-status-PASS');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, 'html-report.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
