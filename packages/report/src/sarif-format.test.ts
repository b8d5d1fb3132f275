import { describe, expect, it } from 'vitest';
import { sarifLog } from './sarif-format.js';
import { collect, fixtureResult, stream } from './test-support/result-fixture.js';
import { sarifProblems } from './test-support/sarif-validator.js';

describe('SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const { head, findings } = fixtureResult();
    const log = JSON.parse(
      await collect(
        sarifLog(head, stream(findings), {
          muteReasons: new Map([['mute-1', 'Public website bucket (RISK-7)']]),
        }),
      ),
    );
    expect(sarifProblems(log)).toEqual([]);
    const empty = JSON.parse(await collect(sarifLog(head, stream([]))));
    expect(sarifProblems(empty)).toEqual([]);
  });

  it('fails validation when the log is broken (the validator is not a rubber stamp)', () => {
    expect(sarifProblems({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).length).toBeGreaterThan(0);
  });

  it('has one rule per selected check and a result per finding whose kind and level say what it is', async () => {
    const { head, findings } = fixtureResult();
    const log = JSON.parse(
      await collect(
        sarifLog(head, stream(findings), {
          muteReasons: new Map([['mute-1', 'Public website bucket (RISK-7)']]),
        }),
      ),
    );
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(head.scan.checkIds);
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('9.5');
    const byFingerprint = new Map(
      run.results.map((result: { partialFingerprints: Record<string, string> }) => [
        result.partialFingerprints['orgscanFingerprint/v1'],
        result,
      ]),
    );
    expect(byFingerprint.get('a1')).toMatchObject({
      ruleId: 'iam-root-mfa-enabled',
      ruleIndex: 0,
      kind: 'fail',
      level: 'error',
    });
    expect(byFingerprint.get('a3')).toMatchObject({ kind: 'pass', level: 'none' });
    expect(byFingerprint.get('a5')).toMatchObject({
      kind: 'open',
      level: 'none',
      properties: { errorCode: 'AccessDenied' },
    });
    expect(byFingerprint.get('a6')).toMatchObject({ kind: 'notApplicable' });
    expect(byFingerprint.get('a4')).toMatchObject({
      suppressions: [
        { kind: 'external', status: 'accepted', justification: 'Public website bucket (RISK-7)' },
      ],
    });
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: true,
      toolExecutionNotifications: [
        { level: 'error', message: { text: expect.stringContaining('assume-role-denied') } },
      ],
    });
  });
});
