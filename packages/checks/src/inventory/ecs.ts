import type { SecretShapedVariable } from './secret-shaped-variable.js';

/** An ACTIVE ECS task definition revision of the region. Environment values are never kept. */
export interface EcsTaskDefinition {
  readonly arn: string;
  readonly family: string;
  readonly revision: number;
  readonly containers: readonly {
    readonly name: string;
    /** From the plain `environment` list; `secrets` (references to Secrets Manager / SSM) are the remedy. */
    readonly secretShapedVariables: readonly SecretShapedVariable[];
  }[];
}
