import {
  AwsAccess,
  createSimulatedTransport,
  demoOrganization,
  type FaultRule,
  type SimulatedOrg,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';

/** AwsAccess over the simulated AWS (the demo organization by default), without latency or real sleeps. */
export function simulatedAws(options: { org?: SimulatedOrg; faults?: FaultRule[] } = {}) {
  const org = options.org ?? demoOrganization();
  const transport = createSimulatedTransport({
    org,
    knobs: { latencyMs: 0, throttleRate: 0, faults: options.faults ?? [] },
    now: () => new Date(),
    sleep: async () => {},
    random: seededRandom(5),
  });
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 3, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 8,
    assumeRoleDurationSeconds: 3600,
    sleep: async () => {},
    random: seededRandom(9),
    now: () => Date.now(),
  });
  return { org, aws };
}

export const SCAN_ID = '00000000-0000-4000-8000-0000000000aa';
