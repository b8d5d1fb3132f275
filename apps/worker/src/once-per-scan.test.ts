import { describe, expect, it } from 'vitest';
import { OncePerScan } from './once-per-scan.js';

describe('OncePerScan', () => {
  it('says "first" once per scan', () => {
    const once = new OncePerScan();
    expect(once.first('scan-a')).toBe(true);
    expect(once.first('scan-a')).toBe(false);
    expect(once.first('scan-b')).toBe(true);
  });

  it('forgets the oldest scan beyond its capacity', () => {
    const once = new OncePerScan(2);
    once.first('scan-a');
    once.first('scan-b');
    once.first('scan-c');
    expect(once.first('scan-b')).toBe(false);
    expect(once.first('scan-a')).toBe(true);
  });
});
