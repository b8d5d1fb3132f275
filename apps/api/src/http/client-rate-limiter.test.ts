import { describe, expect, it } from 'vitest';
import { ClientRateLimiter, clientKey } from './client-rate-limiter.js';

describe('ClientRateLimiter', () => {
  it('allows a burst per client address, then refills at the per-second rate', () => {
    let now = 0;
    const limiter = new ClientRateLimiter({ perSecond: 2, burst: 3, maxClients: 100 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1').allowed)).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('10.0.0.2').allowed).toBe(true);
    now = 500;
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
    expect(limiter.take('10.0.0.1').allowed).toBe(false);
  });

  it('keeps at most maxClients addresses, forgetting the least recently seen', () => {
    const limiter = new ClientRateLimiter({ perSecond: 1, burst: 1, maxClients: 3 }, () => 0);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) limiter.take(address);
    expect(limiter.take('10.0.0.1').allowed).toBe(false);
    limiter.take('10.0.0.4');
    expect(limiter.size).toBe(3);
    // 10.0.0.2 was the least recently seen: forgotten, it starts again with a full bucket.
    expect(limiter.take('10.0.0.2').allowed).toBe(true);
    expect(limiter.take('10.0.0.1').allowed).toBe(false);
  });

  it('counts an IPv6 client by its /64 (one host has them all) and an IPv4-mapped one as IPv4', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb::9'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::ffff:10.0.0.1')).toBe(clientKey('10.0.0.1'));
    expect(clientKey('not an address')).toBe('not an address');
  });
});
