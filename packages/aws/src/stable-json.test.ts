import { describe, expect, it } from 'vitest';
import { stableJson } from './stable-json.js';

describe('stableJson', () => {
  it('sorts object keys at every depth', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [{ f: 3, e: 4 }] } })).toBe(
      '{"a":{"c":[{"e":4,"f":3}],"d":2},"b":1}',
    );
  });

  it('gives equal strings for equal parameters in any key order', () => {
    expect(stableJson({ ParentId: 'r-1', NextToken: 't' })).toBe(
      stableJson({ NextToken: 't', ParentId: 'r-1' }),
    );
  });

  it('keeps array order', () => {
    expect(stableJson({ ids: ['b', 'a'] })).not.toBe(stableJson({ ids: ['a', 'b'] }));
  });

  it('treats an undefined parameter like an absent one', () => {
    expect(stableJson({ NextToken: undefined })).toBe(stableJson({}));
  });
});
