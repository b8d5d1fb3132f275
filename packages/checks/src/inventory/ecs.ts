import type { SecretShapedVariable } from './secret-shaped-variable.js';

/** An ACTIVE ECS task definition revision of the region. Environment values are never kept. */
export interface EcsTaskDefinition {
  readonly arn: string;
  readonly family: string;
  readonly revision: number;
  /** awsvpc, bridge, host or none; null when the definition does not say. */
  readonly networkMode: string | null;
  /** host or task (shared process namespace); null: each container has its own. */
  readonly pidMode: string | null;
  readonly containers: readonly EcsContainerDefinition[];
}

export interface EcsContainerDefinition {
  readonly name: string;
  /** From the plain `environment` list; `secrets` (references to Secrets Manager / SSM) are the remedy. */
  readonly secretShapedVariables: readonly SecretShapedVariable[];
  /** Runs with elevated privileges on the host (`privileged: true`). */
  readonly privileged: boolean;
  /** The `user` the container runs as (`name`, `uid`, `uid:gid`, ...); null: the image's default (root). */
  readonly user: string | null;
  readonly readonlyRootFilesystem: boolean;
  /** The log driver of `logConfiguration`; null when the container has none. */
  readonly logDriver: string | null;
}
