import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collect, fixtureResult, stream } from '../test-support/result-fixture.js';
import { htmlReport } from './html-report.js';

async function render() {
  const { head, tally, findings } = fixtureResult();
  return collect(
    htmlReport({
      head,
      tally,
      findings: () => stream(findings),
      generatedAt: new Date('2026-01-03T00:02:00Z'),
    }),
  );
}

describe('HTML report', () => {
  it('allows only its own inline script and style, by hash, and nothing from the network', async () => {
    const html = await render();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`script-src ${hash(scripts[0]!)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:|@import|url\(/i);
    expect(html).not.toMatch(/ style=/);
  });

  it('escapes what comes from the scanned accounts, in the markup and in the embedded data', async () => {
    const html = await render();
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>logs</b>');
    const data =
      /<script type="application\/json" id="orgscan-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const parsed = JSON.parse(data);
    expect(parsed.rows).toHaveLength(6);
    expect(parsed.rows.map((row: unknown[]) => row[5])).toContain(
      'arn:aws:s3:::logs-</script><img src=x onerror=alert(1)>',
    );
  });

  it('shows the summary, the charts, the accounts with reasons, the heatmap, compliance and failing checks', async () => {
    const html = await render();
    for (const part of [
      'Summary',
      'Open failures by severity',
      'Open failures by OU',
      'Accounts × sections',
      'Compliance',
      'Failing checks',
      'Findings',
    ]) {
      expect(html).toContain(`<h2>${part}</h2>`);
    }
    expect(html).toContain('assume-role-denied');
    expect(html).toContain('CIS Amazon Web Services Foundations Benchmark v7.0.0 — 70 requirements');
    expect(html).toMatch(/<svg class="chart"[^>]*aria-label="Open failures by severity"/);
    expect(html).toContain('1 account(s) could not be scanned');
    expect(html).toContain('Coverage 60 % judged (9 of 15 check × region cells)');
    expect(html).toContain(
      '<div class="value">60 %</div><div class="label">check × region cells judged</div>',
    );
    expect(html).toContain('<div class="muted">80 % judged</div>');
  });

  it('embeds the findings dictionary-encoded: repeated strings once', async () => {
    const { head, tally } = fixtureResult();
    const many = Array.from({ length: 500 }, (_, index) => ({
      ...fixtureResult().findings[0]!,
      fingerprint: `f${index}`,
      resourceId: `arn:aws:iam::444444444444:user/u${index}`,
    }));
    const html = await collect(
      htmlReport({ head, tally, findings: () => stream(many), generatedAt: new Date() }),
    );
    const data = JSON.parse(/id="orgscan-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '');
    expect(data.rows).toHaveLength(500);
    expect(data.messages).toEqual(['The root user has no MFA device.']);
  });
});
