import type { LambdaFunction } from '../../inventory/lambda.js';
import type { ResourceRef } from '../../model/resource.js';

export function lambdaFunctionResource(fn: LambdaFunction): ResourceRef {
  return { id: fn.arn, type: 'AwsLambdaFunction' };
}
