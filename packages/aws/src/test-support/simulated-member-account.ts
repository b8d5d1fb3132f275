import { AwsAccess } from '../aws-access.js';
import { CallStats } from '../call-stats.js';
import type { CollectorContext } from '../collectors/collector.js';
import { unlimitedRateLimiter } from '../rate-limiter.js';
import { seededRandom } from '../seeded-random.js';
import type { SimulatedOrg } from '../simulated/org-description.js';
import { createSimulatedTransport } from '../simulated/simulated-transport.js';

/**
 * One member account of a simulated organization entered the way a worker enters it (AssumeRole through
 * AwsAccess), without latency, throttling or real sleeps: collectors run against it as in a scan.
 */
export async function openSimulatedMemberAccount(org: SimulatedOrg, accountId: string, now: Date) {
  const transport = createSimulatedTransport({
    org,
    knobs: { latencyMs: 0, throttleRate: 0, faults: [] },
    now: () => now,
    sleep: async () => {},
    random: seededRandom(7),
  });
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 3, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 4,
    assumeRoleDurationSeconds: 3600,
    sleep: async () => {},
    random: seededRandom(11),
    now: () => now.getTime(),
  });
  const stats = new CallStats();
  const session = await aws.openMemberAccount(
    {
      accountId,
      roleArn: `arn:aws:iam::${accountId}:role/${org.memberRoleName}`,
      externalId: org.externalId,
      scanId: '00000000-0000-4000-8000-000000000001',
    },
    stats,
  );
  const context = (region: string): CollectorContext => ({
    api: session.api,
    accountId,
    partition: 'aws',
    region,
    sleep: async () => {},
  });
  return { context, stats, close: () => session.close() };
}
