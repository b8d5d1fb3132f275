import type { RdsInstance } from '../../inventory/rds.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** The log types of `required` that the instance does not publish to CloudWatch Logs. */
export function unexportedLogTypes(instance: RdsInstance, required: readonly string[]): string[] {
  return required.filter((type) => !instance.cloudwatchLogsExports.includes(type));
}

/** Which instances one engine's log-export control judges, and how its messages name the engine. */
export interface EngineLogExports {
  readonly engineLabel: string;
  readonly isEngine: (engine: string) => boolean;
  readonly requiredLogTypes: readonly string[];
}

/**
 * The per-engine FSBP log-export controls (RDS.36 PostgreSQL, RDS.40 SQL Server, RDS.42 MariaDB): each DB
 * instance of the engine publishes the required log types, else FAIL naming the missing ones; one PASS on
 * the region when it has no instance of the engine.
 */
export function judgeEngineLogExports(ctx: EvaluationContext, rule: EngineLogExports): CheckResult[] {
  const instances = ctx.slice('rds.instances').filter((instance) => rule.isEngine(instance.engine));
  if (instances.length === 0) {
    return [pass(ctx.scopeResource, `No RDS for ${rule.engineLabel} DB instance in ${ctx.region}.`)];
  }
  return instances.map((instance) => {
    const missing = unexportedLogTypes(instance, rule.requiredLogTypes);
    const evidence = { exported: instance.cloudwatchLogsExports, missing };
    return missing.length === 0
      ? pass(
          rdsInstanceResource(instance),
          `DB instance ${instance.identifier} publishes its ${rule.requiredLogTypes.join(', ')} logs.`,
          evidence,
        )
      : fail(
          rdsInstanceResource(instance),
          `DB instance ${instance.identifier} does not publish its ${missing.join(', ')} logs to CloudWatch Logs.`,
          evidence,
        );
  });
}
