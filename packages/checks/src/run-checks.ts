import { type AccountInventory, isGlobalSlice, type SliceError, type SliceName } from './inventory/slices.js';
import type {
  AccountContext,
  CheckDefinition,
  EvaluationContext,
  OrgContext,
} from './model/check-definition.js';
import { type CheckResult, error, skipped } from './model/check-result.js';
import { type Finding, GLOBAL_REGION } from './model/finding.js';
import { worseStatus } from './model/finding-status.js';
import { NotEvaluableError } from './model/not-evaluable.js';
import { regionDeniedFinding } from './model/region-denial.js';
import { accountRegionResource, accountResource, type ResourceRef } from './model/resource.js';

export interface RunChecksInput {
  readonly checks: readonly CheckDefinition[];
  readonly inventory: AccountInventory;
  readonly account: AccountContext;
  readonly org: OrgContext;
  readonly now: Date;
}

/** Thrown by ctx.slice() when a required slice could not be read; the runner turns it into an ERROR result. */
class SliceUnavailableError extends Error {
  constructor(readonly sliceError: SliceError) {
    super(`${sliceError.operation}: ${sliceError.code}`);
  }
}

/**
 * Evaluates every check once per scope: global checks once, regional checks in each collected region.
 * Every evaluation yields at least one finding; an unreadable slice, a missing slice or a crashing check
 * becomes ERROR, never a silent gap. A region denied by an organization policy is not a collected region:
 * it yields its one SKIPPED finding and nothing else.
 */
export function runChecks(input: RunChecksInput): Finding[] {
  const findings: Finding[] = [];
  const regions = Object.keys(input.inventory.regions).sort();
  for (const check of input.checks) {
    const scopes = check.scope === 'global' ? [GLOBAL_REGION] : regions;
    // A loop, not push(...spread): thousands of findings per account, no argument list per scope.
    for (const region of scopes)
      for (const finding of evaluateInScope(check, region, input)) findings.push(finding);
  }
  for (const denial of input.inventory.deniedByPolicy ?? []) {
    findings.push(regionDeniedFinding(input.account, denial));
  }
  return findings;
}

function evaluateInScope(check: CheckDefinition, region: string, input: RunChecksInput): Finding[] {
  const { partition, id: accountId } = input.account;
  const scopeResource =
    region === GLOBAL_REGION
      ? accountResource(partition, accountId)
      : accountRegionResource(partition, accountId, region);

  const lookup = (name: SliceName) => {
    if (!check.requires.includes(name)) {
      throw new Error(`check ${check.id} reads slice ${name} without declaring it in requires`);
    }
    if (isGlobalSlice(name)) return input.inventory.global[name] ?? notCollected(name);
    if (region === GLOBAL_REGION) {
      throw new Error(`global check ${check.id} reads regional slice ${name}`);
    }
    const regional = input.inventory.regions[region] as Record<string, unknown> | undefined;
    return (regional?.[name] as ReturnType<typeof notCollected> | undefined) ?? notCollected(name);
  };

  const requireOrgDeclared = (name: SliceName) => {
    if (!check.orgRequires?.includes(name)) {
      throw new Error(
        `check ${check.id} reads organization slice ${name} without declaring it in orgRequires`,
      );
    }
  };

  const orgLookup = (name: SliceName, sliceRegion?: string) => {
    requireOrgDeclared(name);
    const management = input.org.management;
    if (!management) return notCollected(name);
    if ('error' in management) return { ok: false as const, error: management.error };
    if (isGlobalSlice(name)) return management.inventory.global[name] ?? notCollected(name);
    const regional = sliceRegion
      ? (management.inventory.regions[sliceRegion] as Record<string, unknown> | undefined)
      : undefined;
    return (regional?.[name] as ReturnType<typeof notCollected> | undefined) ?? notCollected(name);
  };

  const ctx: EvaluationContext = {
    account: input.account,
    org: input.org,
    now: input.now,
    region,
    scopeResource,
    // biome-ignore lint/suspicious/noExplicitAny: the slice map is typed at the interface, not in this lookup
    sliceResult: (name) => lookup(name) as any,
    slicesByRegion: (name) => {
      if (!check.requires.includes(name)) {
        throw new Error(`check ${check.id} reads slice ${name} without declaring it in requires`);
      }
      return Object.keys(input.inventory.regions)
        .sort()
        .map((sliceRegion) => {
          const regional = input.inventory.regions[sliceRegion] as Record<string, unknown> | undefined;
          // biome-ignore lint/suspicious/noExplicitAny: the slice map is typed at the interface
          const result = (regional?.[name] as any) ?? notCollected(name);
          return { region: sliceRegion, result };
        });
    },
    // biome-ignore lint/suspicious/noExplicitAny: see sliceResult
    orgSliceResult: (name, sliceRegion) => orgLookup(name, sliceRegion) as any,
    orgSlicesByRegion: (name) => {
      const management = input.org.management;
      requireOrgDeclared(name);
      if (!management) return notCollected(name);
      if ('error' in management) return { ok: false as const, error: management.error };
      return {
        ok: true,
        value: Object.keys(management.inventory.regions)
          .sort()
          // biome-ignore lint/suspicious/noExplicitAny: see sliceResult
          .map((sliceRegion) => ({ region: sliceRegion, result: orgLookup(name, sliceRegion) as any })),
      };
    },
    slice: (name) => {
      const result = lookup(name);
      if (!result.ok) throw new SliceUnavailableError(result.error);
      // biome-ignore lint/suspicious/noExplicitAny: see sliceResult
      return result.value as any;
    },
  };

  let results: readonly CheckResult[];
  try {
    results = check.evaluate(ctx);
  } catch (cause) {
    results = [errorFromException(cause, scopeResource)];
  }
  if (results.length === 0) {
    results = [
      error(scopeResource, 'NoResult', `Check ${check.id} produced no result; treat as not evaluated.`),
    ];
  }
  return toFindings(check, region, accountId, results);
}

function notCollected(name: SliceName) {
  return {
    ok: false as const,
    error: { code: 'NotCollected', message: `inventory slice ${name} was not collected`, operation: name },
  };
}

function errorFromException(cause: unknown, resource: ResourceRef): CheckResult {
  if (cause instanceof SliceUnavailableError) {
    const { code, operation, message, notApplicable } = cause.sliceError;
    if (notApplicable)
      return skipped(resource, `Not applicable: ${message || `${operation} is not available`}`);
    return error(
      resource,
      code,
      `Could not evaluate: ${operation} failed with ${code}${message ? ` (${message})` : ''}`,
    );
  }
  if (cause instanceof NotEvaluableError) return error(resource, cause.code, cause.message);
  const reason = cause instanceof Error ? cause.message : String(cause);
  return error(resource, 'CheckFailed', `The check failed while evaluating: ${reason}`);
}

/** One finding per resource: when a check reports a resource twice, the most alarming result is kept. */
function toFindings(
  check: CheckDefinition,
  region: string,
  accountId: string,
  results: readonly CheckResult[],
): Finding[] {
  const byResource = new Map<string, CheckResult>();
  for (const result of results) {
    const previous = byResource.get(result.resource.id);
    if (!previous || worseStatus(previous.status, result.status) !== previous.status) {
      byResource.set(result.resource.id, result);
    }
  }
  return [...byResource.values()].map((result) => ({
    checkId: check.id,
    accountId,
    region,
    status: result.status,
    severity: check.severity,
    resourceId: result.resource.id,
    resourceType: result.resource.type,
    message: result.message,
    errorCode: result.errorCode ?? null,
    evidence: result.evidence ?? null,
  }));
}
