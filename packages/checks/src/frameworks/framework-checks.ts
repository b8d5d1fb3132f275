import type { CheckDefinition } from '../model/check-definition.js';
import type { Framework, FrameworkId } from '../model/framework.js';

/**
 * Requirement id → ids of the checks that evaluate it, for one framework: the view that makes a framework
 * out of checks that each run once per scan.
 */
export function checksByRequirement(
  framework: Framework,
  checks: readonly CheckDefinition[],
): ReadonlyMap<string, readonly string[]> {
  const byRequirement = new Map<string, string[]>(
    framework.requirements.map((requirement) => [requirement.id, []]),
  );
  for (const check of checks) {
    for (const requirementId of check.compliance[framework.id as FrameworkId] ?? []) {
      byRequirement.get(requirementId)?.push(check.id);
    }
  }
  return byRequirement;
}
