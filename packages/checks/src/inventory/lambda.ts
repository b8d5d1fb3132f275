import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';
import type { SecretShapedVariable } from './secret-shaped-variable.js';

/** A Lambda function of the region (ListFunctions, GetPolicy). Environment values are never kept. */
export interface LambdaFunction {
  readonly arn: string;
  readonly name: string;
  readonly secretShapedVariables: readonly SecretShapedVariable[];
  /** Normalized statements of the function's resource policy; null when it has none. */
  readonly policy: ReadResult<readonly PolicyStatement[] | null>;
}
