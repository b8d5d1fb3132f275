export interface RateLimitSettings {
  /** Sustained requests per minute per key. */
  readonly perMinute: number;
  /** Requests a key may send at once (the bucket size). */
  readonly burst: number;
}

export type RateDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token bucket per API key, in this process. Why not Redis: the limit exists to keep one runaway client
 * from monopolising the API and its database connections, which are per process too; an in-process bucket
 * costs no round trip on every read and keeps reads working while Redis (only the job queue) is degraded.
 * With N API replicas a key gets up to N times the rate, which the documentation states. Only
 * authenticated keys get a bucket, so the map is bounded by the number of keys.
 */
export class KeyRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly nowMs: () => number,
  ) {
    this.perMs = settings.perMinute / 60_000;
  }

  take(keyId: string): RateDecision {
    const now = this.nowMs();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.settings.burst, at: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)),
    };
  }
}
