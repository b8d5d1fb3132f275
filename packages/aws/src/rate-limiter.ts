import type { AwsServiceName } from './transport/aws-services.js';

export interface RateLimitKey {
  readonly accountId: string;
  readonly region: string;
  readonly service: AwsServiceName;
  readonly operation: string;
}

/**
 * Grants permission for one AWS call. Implementations decide the API family and bucket; acquire resolves
 * when a token is available and reports how long it waited (for metrics).
 */
export interface RateLimiter {
  acquire(key: RateLimitKey): Promise<{ waitedMs: number }>;
}

/** No limit: for the organization enumeration in tests of this layer and for callers that limit elsewhere. */
export const unlimitedRateLimiter: RateLimiter = {
  acquire: async () => ({ waitedMs: 0 }),
};
