import { describe, expect, it } from 'vitest';
import { FINDING_STATUSES, type FindingStatus, worseStatus } from './finding-status.js';

/** Most alarming first: a resource with several results shows the one a team must act on. */
const SEVERITY_ORDER: readonly FindingStatus[] = ['FAIL', 'ERROR', 'MANUAL', 'PASS', 'SKIPPED'];

describe('worseStatus', () => {
  it('FAIL wins over ERROR, whichever comes first: a known failure is not hidden by unreadable data', () => {
    expect(worseStatus('FAIL', 'ERROR')).toBe('FAIL');
    expect(worseStatus('ERROR', 'FAIL')).toBe('FAIL');
  });

  it('ERROR wins over PASS: data that could not be read is never reported as compliant', () => {
    expect(worseStatus('PASS', 'ERROR')).toBe('ERROR');
    expect(worseStatus('ERROR', 'PASS')).toBe('ERROR');
  });

  it('orders every pair FAIL > ERROR > MANUAL > PASS > SKIPPED, in both argument orders', () => {
    expect([...SEVERITY_ORDER].sort()).toEqual([...FINDING_STATUSES].sort());
    for (const [rank, worse] of SEVERITY_ORDER.entries()) {
      for (const better of SEVERITY_ORDER.slice(rank + 1)) {
        expect(worseStatus(worse, better), `${worse} vs ${better}`).toBe(worse);
        expect(worseStatus(better, worse), `${better} vs ${worse}`).toBe(worse);
      }
      expect(worseStatus(worse, worse)).toBe(worse);
    }
  });
});
