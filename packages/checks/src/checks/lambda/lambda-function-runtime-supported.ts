import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { lambdaFunctionResource } from './lambda-function-resource.js';

/**
 * The runtimes FSBP Lambda.2 accepts (its fixed `runtime` parameter in packages/checks/catalog/aws-fsbp.json;
 * the test keeps the two equal). AWS updates the list as runtimes reach deprecation.
 */
export const SUPPORTED_LAMBDA_RUNTIMES: readonly string[] = [
  'dotnet8',
  'java25',
  'java21',
  'java17',
  'java11',
  'java8.al2',
  'nodejs24.x',
  'nodejs22.x',
  'nodejs20.x',
  'python3.14',
  'python3.13',
  'python3.12',
  'python3.11',
  'python3.10',
  'ruby3.4',
  'ruby3.3',
  'ruby3.2',
];

/**
 * FSBP Lambda.2: every zip-packaged function runs on a runtime of the supported list. Container-image
 * functions bring their own runtime and are not judged.
 */
export const lambdaFunctionRuntimeSupported = defineCheck({
  id: 'lambda-function-runtime-supported',
  title: 'Lambda functions use a supported runtime',
  service: 'lambda',
  severity: 'medium',
  scope: 'regional',
  requires: ['lambda.functions'],
  compliance: { 'aws-fsbp': ['Lambda.2'] },
  remediation: {
    text: 'Move the function to a supported runtime (test the code on it first): deprecated runtimes get no security patches.',
    cli: 'aws lambda update-function-configuration --function-name <name> --runtime <supported runtime> --region <region>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const fn of ctx.slice('lambda.functions')) {
      if (fn.packageType === 'Image') continue;
      const resource = lambdaFunctionResource(fn);
      const evidence = { runtime: fn.runtime };
      results.push(
        fn.runtime !== null && SUPPORTED_LAMBDA_RUNTIMES.includes(fn.runtime)
          ? pass(resource, `Function ${fn.name} runs on ${fn.runtime}, a supported runtime.`, evidence)
          : fail(
              resource,
              `Function ${fn.name} runs on ${fn.runtime ?? 'no reported runtime'}, which is not a supported runtime.`,
              evidence,
            ),
      );
    }
    if (results.length === 0) {
      return [pass(ctx.scopeResource, `No zip-packaged Lambda function in ${ctx.region}.`)];
    }
    return results;
  },
});
