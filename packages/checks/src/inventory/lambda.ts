import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';
import type { SecretShapedVariable } from './secret-shaped-variable.js';

/** A Lambda function of the region (ListFunctions, GetPolicy). Environment values are never kept. */
export interface LambdaFunction {
  readonly arn: string;
  readonly name: string;
  /** The runtime identifier (nodejs20.x, python3.12, ...); null for container-image functions. */
  readonly runtime: string | null;
  /** Zip (a runtime AWS manages) or Image (a container image the owner builds). */
  readonly packageType: 'Zip' | 'Image';
  readonly secretShapedVariables: readonly SecretShapedVariable[];
  /** Normalized statements of the function's resource policy; null when it has none. */
  readonly policy: ReadResult<readonly PolicyStatement[] | null>;
}
