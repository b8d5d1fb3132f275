import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.js';

const raw = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('keyset cursors', () => {
  it('round-trips the sort keys the listings issue', () => {
    const key = ['2026-01-31T08:00:00.123456Z', '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21'];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
    expect(
      decodeCursor(encodeCursor([2, '6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d']), ['smallint', 'fingerprint']),
    ).toEqual([2, '6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d']);
    expect(decodeCursor(encodeCursor([42]), ['integer'])).toEqual([42]);
    expect(decodeCursor(encodeCursor(['9007199254740993']), ['integerText'])).toEqual(['9007199254740993']);
  });

  it.each([
    ['the example of issue 11', 'WyJnYXJiYWdlIiwieCJd', ['timestamp', 'uuid']],
    ['not base64 JSON', 'not base64 !!!', ['text']],
    ['an object', raw('{}'), ['text']],
    ['too few parts', raw('["a"]'), ['text', 'text']],
    ['too many parts', raw('["a","b","c"]'), ['text', 'text']],
    [
      'a date that does not exist',
      raw('["2026-02-30T00:00:00.000000Z","3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21"]'),
      ['timestamp', 'uuid'],
    ],
    [
      'year 0',
      raw('["0000-01-01T00:00:00.000000Z","3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21"]'),
      ['timestamp', 'uuid'],
    ],
    [
      'a millisecond timestamp',
      raw('["2026-01-01T00:00:00.000Z","3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21"]'),
      ['timestamp', 'uuid'],
    ],
    ['a bad uuid', raw('["2026-01-01T00:00:00.000000Z","x"]'), ['timestamp', 'uuid']],
    ['a number for text', raw('[1]'), ['text']],
    ['infinity', raw('[1e309]'), ['integer']],
    ['a negative id', raw('[-1]'), ['integer']],
    ['a fraction', raw('[1.5]'), ['integer']],
    ['out of smallint range', raw('[99999,"6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d"]'), ['smallint', 'fingerprint']],
    ['a NUL byte', raw('["a\\u0000"]'), ['text']],
    ['a lone surrogate', raw('["\\ud800"]'), ['text']],
    ['overlong text', raw(JSON.stringify(['x'.repeat(5000)])), ['text']],
    ['a bigint too large', raw('["9999999999999999999999"]'), ['integerText']],
  ] as const)('refuses %s', (_, cursor, shape) => {
    expect(() => decodeCursor(cursor, shape)).toThrow(InvalidCursorError);
  });
});
