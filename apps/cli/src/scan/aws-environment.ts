import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type AttemptEvent,
  AwsAccess,
  type AwsAccessOptions,
  createSdkTransport,
  createSimulatedTransport,
  DEFAULT_RATE_LIMIT_RULES,
  demoOrganization,
  parseSimulatedOrg,
  type RateLimitRules,
  SIMULATED_AWS_LIMITS,
  type SimulatedOrg,
} from '@orgscan/aws';
import { InProcessRateLimiter } from '@orgscan/scanner';
import { UsageError } from '../exit-codes.js';

/** Where the calls go: real AWS (the SDK's credential chain and endpoints), or the simulated AWS. */
export type AwsTarget =
  | {
      readonly kind: 'aws';
      /** Bucket in the path, for S3-compatible endpoints (AWS_ENDPOINT_URL on localhost or an IP address). */
      readonly s3ForcePathStyle: boolean;
    }
  | {
      readonly kind: 'simulated';
      readonly org: SimulatedOrg;
      readonly latencyMs: number;
      readonly throttleRate: number;
    };

export interface AwsEnvironmentSettings {
  readonly target: AwsTarget;
  readonly homeRegion: string;
  readonly callsPerAccount: number;
  readonly requestTimeoutMs: number;
  readonly throttleAttempts: number;
  readonly rules?: RateLimitRules;
}

/** The simulated organization of --demo (built in) or --simulated-org (a JSON description). */
export async function simulatedOrganization(file: string | undefined): Promise<SimulatedOrg> {
  if (!file) return demoOrganization();
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--simulated-org ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  try {
    return parseSimulatedOrg(json);
  } catch (error) {
    throw new UsageError(`--simulated-org ${file}: ${(error as Error).message}`);
  }
}

/**
 * AwsAccess as the service builds it — same retries, same per-account call bound, same rate-limit rules —
 * but with the token buckets in this process. The simulated AWS enforces AWS-like limits as the service's
 * simulated mode does by default.
 */
export function createAwsEnvironment(
  settings: AwsEnvironmentSettings,
  onAttempt: (event: AttemptEvent) => void,
): { aws: AwsAccess; options: AwsAccessOptions } {
  const { target } = settings;
  const transport =
    target.kind === 'aws'
      ? createSdkTransport({
          maxAttempts: 1,
          requestTimeoutMs: settings.requestTimeoutMs,
          s3ForcePathStyle: target.s3ForcePathStyle,
        })
      : createSimulatedTransport({
          org: target.org,
          knobs: {
            latencyMs: target.latencyMs,
            throttleRate: target.throttleRate,
            faults: [],
            awsLimits: SIMULATED_AWS_LIMITS,
          },
          now: () => new Date(),
          sleep: (ms) => sleep(ms),
          random: Math.random,
        });
  const options: AwsAccessOptions = {
    transport,
    limiter: new InProcessRateLimiter({
      rules: settings.rules ?? DEFAULT_RATE_LIMIT_RULES,
      now: () => Date.now(),
      sleep: (ms) => sleep(ms),
    }),
    retry: {
      throttleAttempts: settings.throttleAttempts,
      transientAttempts: 3,
      baseDelayMs: 200,
      maxDelayMs: 20_000,
    },
    homeRegion: settings.homeRegion,
    maxConcurrentCallsPerAccount: settings.callsPerAccount,
    assumeRoleDurationSeconds: 3600,
    sleep: (ms) => sleep(ms),
    random: Math.random,
    now: () => Date.now(),
    onAttempt,
  };
  return { aws: new AwsAccess(options), options };
}
