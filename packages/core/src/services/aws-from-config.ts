import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type AttemptEvent,
  AwsAccess,
  type AwsTransport,
  createSdkTransport,
  createSimulatedTransport,
  demoOrganization,
  parseSimulatedOrg,
  type RateLimiter,
  SIMULATED_AWS_LIMITS,
  type SimulatedOrg,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import type { CommonConfig } from '../config/config-schemas.js';

/** The organization description the simulated AWS answers from: a file, or the built-in demo. */
export function loadSimulatedOrg(file: string | undefined): SimulatedOrg {
  if (!file) return demoOrganization();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`SIMULATED_ORG_FILE ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  return parseSimulatedOrg(json);
}

export function createTransport(config: CommonConfig): AwsTransport {
  if (config.AWS_MODE === 'aws') {
    return createSdkTransport({
      maxAttempts: 1,
      requestTimeoutMs: config.AWS_REQUEST_TIMEOUT_MS,
      s3ForcePathStyle: config.AWS_S3_FORCE_PATH_STYLE,
    });
  }
  return createSimulatedTransport({
    org: loadSimulatedOrg(config.SIMULATED_ORG_FILE),
    knobs: {
      latencyMs: config.SIMULATED_LATENCY_MS,
      throttleRate: config.SIMULATED_THROTTLE_RATE,
      faults: [],
      awsLimits: config.SIMULATED_ENFORCE_AWS_LIMITS ? SIMULATED_AWS_LIMITS : null,
    },
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    random: Math.random,
  });
}

export interface AwsAccessExtras {
  readonly transport?: AwsTransport;
  readonly limiter?: RateLimiter;
  readonly onAttempt?: (event: AttemptEvent) => void;
}

/** AwsAccess as configured; `extras` lets a process pass a transport or limiter it built itself. */
export function createAwsAccess(config: CommonConfig, extras: AwsAccessExtras = {}): AwsAccess {
  return new AwsAccess({
    transport: extras.transport ?? createTransport(config),
    limiter: extras.limiter ?? unlimitedRateLimiter,
    retry: {
      throttleAttempts: config.AWS_THROTTLE_ATTEMPTS,
      transientAttempts: 3,
      baseDelayMs: config.AWS_RETRY_BASE_DELAY_MS,
      maxDelayMs: config.AWS_RETRY_MAX_DELAY_MS,
    },
    homeRegion: config.AWS_HOME_REGION,
    maxConcurrentCallsPerAccount: config.AWS_MAX_CONCURRENT_CALLS_PER_ACCOUNT,
    assumeRoleDurationSeconds: config.ASSUME_ROLE_DURATION_SECONDS,
    sleep: (ms) => sleep(ms),
    random: Math.random,
    now: () => Date.now(),
    ...(extras.onAttempt ? { onAttempt: extras.onAttempt } : {}),
  });
}
