import { DEFAULT_REGIONS } from '@orgscan/aws';
import { type CheckDefinition, checks, type Finding, type FindingStatus } from '@orgscan/checks';

/** The 17 regions every account has enabled by default. */
export const BENCH_REGIONS: readonly string[] = DEFAULT_REGIONS;

/** Deterministic 0..1 from integers (murmur3's finalizer over each part), so every run stores the same data. */
function unit(...parts: number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    hash = Math.imul(hash ^ part, 0x85ebca6b) >>> 0;
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
    hash ^= hash >>> 13;
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  return ((hash ^ (hash >>> 13)) >>> 0) / 0x1_0000_0000;
}

function baseStatus(roll: number): FindingStatus {
  if (roll < 0.2) return 'FAIL';
  if (roll < 0.9) return 'PASS';
  if (roll < 0.95) return 'ERROR';
  if (roll < 0.98) return 'SKIPPED';
  return 'MANUAL';
}

export function accountIdOf(index: number): string {
  return String(100_000_000_000 + index);
}

/**
 * The findings of one account in one scan: `perAccount` results spread over the registry's checks and
 * the regions, 20 % failing. From one scan to the next 5 % flip FAIL ↔ PASS, 2 % of resources disappear
 * and as many new ones appear, so the lifecycle has real work to do.
 */
export function accountFindings(accountIndex: number, perAccount: number, scan: number): Finding[] {
  const accountId = accountIdOf(accountIndex);
  const findings: Finding[] = [];
  const registry: readonly CheckDefinition[] = checks;
  for (let slot = 0; slot < perAccount; slot += 1) {
    const churn = unit(accountIndex, slot, 7);
    // 2 % of slots hold a resource that is replaced in every scan (gone, and a new one in its place).
    const generation = churn < 0.02 ? scan : 0;
    const check = registry[slot % registry.length]!;
    const region =
      check.scope === 'global'
        ? 'global'
        : BENCH_REGIONS[Math.floor(slot / registry.length) % BENCH_REGIONS.length]!;
    let status = baseStatus(unit(accountIndex, slot));
    if ((status === 'FAIL' || status === 'PASS') && unit(accountIndex, slot, scan) < 0.05) {
      status = status === 'FAIL' ? 'PASS' : 'FAIL';
    }
    const resource = `res-${slot}-g${generation}`;
    findings.push({
      checkId: check.id,
      accountId,
      region,
      status,
      severity: check.severity,
      resourceId: `arn:aws:${check.service}:${region === 'global' ? '' : region}:${accountId}:resource/${resource}`,
      resourceType: 'AwsResource',
      message: `${check.title}: ${status === 'FAIL' ? 'not compliant' : 'compliant'} for ${resource}`,
      errorCode: status === 'ERROR' ? 'AccessDenied' : null,
      evidence: { resource, slot, observed: status },
    });
  }
  return findings;
}
