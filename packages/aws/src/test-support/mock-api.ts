import { AwsApi, type AwsApiOptions, type RetryPolicy } from '../aws-api.js';
import { CallStats } from '../call-stats.js';
import { unlimitedRateLimiter } from '../rate-limiter.js';
import { seededRandom } from '../seeded-random.js';
import { createSdkTransport } from '../transport/sdk-transport.js';

export const TEST_ACCOUNT_ID = '123456789012';

export const TEST_RETRY: RetryPolicy = {
  throttleAttempts: 4,
  transientAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
};

/**
 * An AwsApi over the real SDK transport (the SDK makes one attempt, orgscan retries), for tests that mock the
 * SDK clients with aws-sdk-client-mock. Sleeping records the delay instead of waiting.
 */
export function mockedApi(overrides: Partial<AwsApiOptions> = {}): {
  api: AwsApi;
  stats: CallStats;
  sleeps: number[];
} {
  const stats = overrides.stats ?? new CallStats();
  const sleeps: number[] = [];
  const api = new AwsApi({
    transport: createSdkTransport({ maxAttempts: 1, requestTimeoutMs: 1_000 }),
    identity: {
      accountId: TEST_ACCOUNT_ID,
      credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }),
    },
    accountId: TEST_ACCOUNT_ID,
    limiter: unlimitedRateLimiter,
    retry: TEST_RETRY,
    maxConcurrentCalls: 4,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: seededRandom(1),
    ...overrides,
    stats,
  });
  return { api, stats, sleeps };
}

/**
 * An AWS error answer without an exported class, as the SDK builds it: `name` is the AWS error code, and
 * `$fault` says whose fault it is (an error without `$fault` is one the SDK could not read as AWS's).
 */
export function awsError(code: string, httpStatusCode: number, message = `simulated ${code}`): Error {
  return Object.assign(new Error(message), {
    name: code,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
  });
}

/**
 * An SDK answer or expected value a scaffolded collector test still needs (npm run new:collector writes
 * calls to this): the test fails, naming the value to write, until the engineer writes it.
 */
export function answerToWrite<T = never>(what: string): T {
  throw new Error(`write the answer: ${what} (docs/adding-an-aws-service.md)`);
}
