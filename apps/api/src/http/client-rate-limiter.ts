import ipaddr from 'ipaddr.js';

export interface ClientRateLimitSettings {
  /** Sustained requests per second per client address. */
  readonly perSecond: number;
  /** Requests a client address may send at once. */
  readonly burst: number;
  /** Addresses tracked at most: the table's memory is bounded whatever the number of sources. */
  readonly maxClients: number;
}

export type ClientDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The unit a client is counted by: its IPv4 address, or the /64 of its IPv6 address (one host commonly
 * holds a whole /64, so counting single IPv6 addresses would give each flooder 2^64 buckets).
 */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

/**
 * Token bucket per client address, in this process, cheap enough to run before anything else of a
 * request (no hashing, no I/O). The table is a Map in least-recently-seen order: past `maxClients`
 * the oldest entries are dropped, which only ever makes a forgotten client's next request allowed.
 */
export class ClientRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly settings: ClientRateLimitSettings,
    private readonly nowMs: () => number,
  ) {
    this.perMs = settings.perSecond / 1000;
  }

  /** Addresses tracked now. */
  get size(): number {
    return this.buckets.size;
  }

  take(address: string): ClientDecision {
    const key = clientKey(address);
    const now = this.nowMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.settings.burst, at: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    // Re-inserted so that the Map's order stays least recently seen first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.settings.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)),
    };
  }
}
