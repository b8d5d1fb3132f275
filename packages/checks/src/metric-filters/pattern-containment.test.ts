import { describe, expect, it } from 'vitest';
import { parseFilterPattern } from './filter-pattern.js';
import { disjunctiveNormalForm, patternCovers, uncoveredCases } from './pattern-containment.js';

const covers = (inner: string, outer: string) =>
  patternCovers(parseFilterPattern(inner), parseFilterPattern(outer));

describe('disjunctiveNormalForm', () => {
  it('distributes && over ||', () => {
    const form = disjunctiveNormalForm(
      parseFilterPattern('{ ($.a = 1x || $.b = 2x) && ($.c = 3x || $.d = 4x) }'),
    );
    expect(form?.map((conjunction) => conjunction.map((c) => c.selector).join(''))).toEqual([
      '$.a$.c',
      '$.a$.d',
      '$.b$.c',
      '$.b$.d',
    ]);
  });

  it('gives up on patterns whose expansion is too large', () => {
    const clause = (n: number) => `($.a${n} = x || $.b${n} = y || $.c${n} = z)`;
    const huge = `{ ${Array.from({ length: 9 }, (_, n) => clause(n)).join(' && ')} }`;
    expect(disjunctiveNormalForm(parseFilterPattern(huge))).toBeNull();
    expect(covers(huge, huge)).toBe(false);
  });
});

describe('patternCovers', () => {
  it('is reflexive and ignores order, quoting, spacing and redundant parentheses', () => {
    const pattern = '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }';
    expect(covers(pattern, pattern)).toBe(true);
    expect(covers(pattern, '{$.additionalEventData.MFAUsed!=Yes&&(($.eventName=ConsoleLogin))}')).toBe(true);
  });

  it('accepts a superset: fewer conditions, more alternatives, broader wildcards', () => {
    const required =
      '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }';
    expect(covers(required, '{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }')).toBe(
      true,
    );
    expect(covers(required, '{ $.eventSource = kms.amazonaws.com }')).toBe(true);
    expect(
      covers(required, '{ $.eventName = DisableKey || $.eventName = Schedule* || $.eventName = X }'),
    ).toBe(true);
  });

  it('rejects a narrower filter: a missing alternative or an extra condition', () => {
    const required = '{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }';
    expect(covers(required, '{ $.eventName = DisableKey }')).toBe(false);
    expect(
      covers(required, '{ ($.eventName = DisableKey || $.eventName = ScheduleKeyDeletion) && $.x = y }'),
    ).toBe(false);
  });

  it('names the cases a narrower filter misses', () => {
    const missed = uncoveredCases(
      parseFilterPattern('{ $.eventName = A1 || $.eventName = B1 }'),
      parseFilterPattern('{ $.eventName = A1 }'),
    );
    expect(missed).toEqual([[{ kind: 'text', selector: '$.eventName', negated: false, value: 'B1' }]]);
  });

  it('is sound but not complete: a case split across alternatives is not recognised', () => {
    // Every event of the inner pattern matches one of the outer alternatives, but no single one covers it.
    expect(covers('{ $.a = x }', '{ ($.a = x && $.b = y) || ($.a = x && $.b != y) }')).toBe(false);
  });
});
