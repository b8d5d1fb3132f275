import type { EcsContainerDefinition, EcsTaskDefinition } from '../../inventory/ecs.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function ecsTaskDefinitionResource(definition: EcsTaskDefinition): ResourceRef {
  return { id: definition.arn, type: 'AwsEcsTaskDefinition' };
}

export const revisionName = (definition: EcsTaskDefinition) => `${definition.family}:${definition.revision}`;

/**
 * The latest ACTIVE revision of each family, in listing order: FSBP's ECS task definition controls judge
 * only that one (an older ACTIVE revision is superseded, though it can still be run).
 */
export function latestActiveRevisions(definitions: readonly EcsTaskDefinition[]): EcsTaskDefinition[] {
  const latest = new Map<string, EcsTaskDefinition>();
  for (const definition of definitions) {
    const current = latest.get(definition.family);
    if (!current || definition.revision > current.revision) latest.set(definition.family, definition);
  }
  return definitions.filter((definition) => latest.get(definition.family) === definition);
}

/**
 * The shape of the per-container ECS controls: one PASS for the region when it has no active task
 * definition, else one result per family's latest revision, FAIL when `offending` picks any container.
 */
export function eachLatestRevision(
  ctx: EvaluationContext,
  rule: {
    readonly offending: (container: EcsContainerDefinition, definition: EcsTaskDefinition) => boolean;
    /** Why the listed containers fail, e.g. "run privileged". */
    readonly failure: string;
    /** What every container does right, e.g. "run unprivileged". */
    readonly success: string;
  },
): CheckResult[] {
  const definitions = latestActiveRevisions(ctx.slice('ecs.taskDefinitions'));
  if (definitions.length === 0)
    return [pass(ctx.scopeResource, `No active ECS task definition in ${ctx.region}.`)];
  return definitions.map((definition) => {
    const resource = ecsTaskDefinitionResource(definition);
    const offending = definition.containers.filter((container) => rule.offending(container, definition));
    if (offending.length === 0) {
      return pass(
        resource,
        `Every container of task definition ${revisionName(definition)} ${rule.success}.`,
      );
    }
    const names = offending.map((container) => container.name);
    return fail(
      resource,
      `In task definition ${revisionName(definition)}, container(s) ${names.join(', ')} ${rule.failure}.`,
      { containers: names },
    );
  });
}
