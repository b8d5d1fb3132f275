import { describe, expect, it } from 'vitest';
import { FilterPatternError, parseFilterPattern } from './filter-pattern.js';

describe('parseFilterPattern', () => {
  it('reads a comparison with a quoted or a bare value alike', () => {
    const quoted = parseFilterPattern('{ $.eventName = "ConsoleLogin" }');
    expect(quoted).toEqual({ kind: 'text', selector: '$.eventName', negated: false, value: 'ConsoleLogin' });
    expect(parseFilterPattern('{$.eventName=ConsoleLogin}')).toEqual(quoted);
  });

  it('reads != without spaces, bare values with dots and wildcards, and escapes in quotes', () => {
    expect(parseFilterPattern('{ $.sourceIPAddress!="delivery.logs.amazonaws.com" }')).toMatchObject({
      negated: true,
      value: 'delivery.logs.amazonaws.com',
    });
    expect(parseFilterPattern('{ $.eventSource = kms.amazonaws.com }')).toMatchObject({
      value: 'kms.amazonaws.com',
    });
    expect(parseFilterPattern('{ $.errorCode = *UnauthorizedOperation }')).toMatchObject({
      value: '*UnauthorizedOperation',
    });
    expect(parseFilterPattern('{ $.message = "say \\"hi\\"" }')).toMatchObject({ value: 'say "hi"' });
  });

  it('gives && precedence over || and honours parentheses', () => {
    const a = { kind: 'text', selector: '$.a', negated: false, value: '1x' };
    const b = { kind: 'text', selector: '$.b', negated: false, value: '2x' };
    const c = { kind: 'text', selector: '$.c', negated: false, value: '3x' };
    expect(parseFilterPattern('{ $.a = 1x || $.b = 2x && $.c = 3x }')).toEqual({
      kind: 'or',
      operands: [a, { kind: 'and', operands: [b, c] }],
    });
    expect(parseFilterPattern('{ ($.a = 1x || $.b = 2x) && $.c = 3x }')).toEqual({
      kind: 'and',
      operands: [{ kind: 'or', operands: [a, b] }, c],
    });
    expect(parseFilterPattern('{ ((($.a = 1x))) }')).toEqual(a);
  });

  it('reads IS NULL, NOT EXISTS, IS TRUE and IS FALSE', () => {
    expect(parseFilterPattern('{ $.SomeObject IS NULL }')).toEqual({
      kind: 'null',
      selector: '$.SomeObject',
    });
    expect(parseFilterPattern('{ $.userIdentity.invokedBy NOT EXISTS }')).toEqual({
      kind: 'absent',
      selector: '$.userIdentity.invokedBy',
    });
    expect(parseFilterPattern('{ $.ThisFlag IS TRUE }')).toEqual({
      kind: 'boolean',
      selector: '$.ThisFlag',
      value: true,
    });
    expect(parseFilterPattern('{ $.ThisFlag IS FALSE }')).toMatchObject({ value: false });
  });

  it('reads numeric comparisons, signs and exponents', () => {
    expect(parseFilterPattern('{ $.latency >= 500 }')).toEqual({
      kind: 'number',
      selector: '$.latency',
      operator: '>=',
      value: 500,
    });
    expect(parseFilterPattern('{ $.numbers[0] < 10e-3 }')).toMatchObject({ operator: '<', value: 0.01 });
    expect(parseFilterPattern('{ $.latency > +1000 }')).toMatchObject({ value: 1000 });
    expect(parseFilterPattern('{ $.errorCode != 500 }')).toMatchObject({ kind: 'number', operator: '!=' });
    expect(parseFilterPattern('{ $.errorCode = "500" }')).toMatchObject({ kind: 'text', value: '500' });
  });

  it('reads nested and array selectors, and regular expressions', () => {
    expect(parseFilterPattern('{ $.additionalEventData.MFAUsed != Yes }')).toMatchObject({
      selector: '$.additionalEventData.MFAUsed',
    });
    expect(parseFilterPattern('{ $.coordinates[0][1] = 2x }')).toMatchObject({
      selector: '$.coordinates[0][1]',
    });
    expect(parseFilterPattern('{ $.eventName = %Delete.*% }')).toEqual({
      kind: 'regex',
      selector: '$.eventName',
      negated: false,
      regex: 'Delete.*',
    });
  });

  it.each([
    ['a text pattern', 'ERROR'],
    ['an empty pattern', ''],
    ['a space-delimited pattern', '[ip, user, status_code = 4*]'],
    ['a missing closing brace', '{ $.eventName = ConsoleLogin'],
    ['an unbalanced parenthesis', '{ ($.eventName = ConsoleLogin }'],
    ['a dangling operator', '{ $.eventName = ConsoleLogin && }'],
    ['a single ampersand', '{ $.a = 1x & $.b = 2x }'],
    ['a missing value', '{ $.eventName = }'],
    ['an unterminated string', '{ $.eventName = "ConsoleLogin }'],
    ['a numeric operator on text', '{ $.eventName > ConsoleLogin }'],
    ['an unknown keyword', '{ $.eventName IS MISSING }'],
    ['a selector without $', '{ eventName = ConsoleLogin }'],
    ['a malformed selector', '{ $..eventName = ConsoleLogin }'],
    ['text after the pattern', '{ $.a = 1x } extra'],
  ])('rejects %s', (_name, pattern) => {
    expect(() => parseFilterPattern(pattern)).toThrow(FilterPatternError);
  });
});
