import { describe, expect, it } from 'vitest';
import { cisControlsSatisfied } from './cis-controls-satisfied.js';
import { CIS_METRIC_FILTERS } from './cis-metric-filters.js';

describe('cisControlsSatisfied', () => {
  it('names the control whose recommended pattern it is', () => {
    for (const control of CIS_METRIC_FILTERS) {
      expect(cisControlsSatisfied(control.recommendedPattern), control.controlId).toContain(
        control.controlId,
      );
    }
  });

  it('names nothing for a pattern it cannot read or that catches too little', () => {
    expect(cisControlsSatisfied('{ ($.eventName = ')).toEqual([]);
    expect(
      cisControlsSatisfied(
        '{ $.eventName = "ConsoleLogin" && $.errorMessage = "x" && $.sourceIPAddress = "1.2.3.4" }',
      ),
    ).toEqual([]);
  });
});
