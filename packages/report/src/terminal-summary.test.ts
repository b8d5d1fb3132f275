import { describe, expect, it } from 'vitest';

const ESCAPE = String.fromCharCode(27);

import { terminalSummary } from './terminal-summary.js';
import { fixtureResult } from './test-support/result-fixture.js';

describe('terminal summary', () => {
  it('says where the scan stands, what fails, which accounts need attention and why', () => {
    const { head, tally } = fixtureResult();
    const text = terminalSummary(head, tally, { colour: false });
    expect(text).not.toContain(`${ESCAPE}[`);
    expect(text).toContain('Status partial: 2 of 4 accounts scanned, 1 failed, 1 skipped');
    expect(text).toContain('2 open failures, 1 muted, 1 could not be evaluated (ERROR)');
    // 9 of the succeeded accounts' 10 cells, and the failed account's 5 (none judged); the skipped one none.
    expect(text).toContain('Coverage 60 % judged (9 of 15 check × region cells)');
    expect(text).toMatch(/prod-web[\s\S]*succeeded — 80 % judged/);
    expect(text).toMatch(/dev-experiments[\s\S]*assume-role-denied/);
    expect(text).toMatch(/CIS Amazon Web Services Foundations Benchmark v7\.0\.0: FAIL \d+ · ERROR \d+/);
  });

  it('colours when asked', () => {
    const { head, tally } = fixtureResult();
    expect(terminalSummary(head, tally, { colour: true })).toContain(`${ESCAPE}[`);
  });
});
