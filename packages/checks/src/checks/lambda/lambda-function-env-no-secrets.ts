import { describeSecretShaped } from '../../inventory/secret-shaped-variable.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { lambdaFunctionResource } from './lambda-function-resource.js';

/** Checklist 10: applications inside AWS use their role, not keys or secrets in plain environment variables. */
export const lambdaFunctionEnvNoSecrets = defineCheck({
  id: 'lambda-function-env-no-secrets',
  title: 'Lambda function environments hold no AWS access keys or secrets',
  service: 'lambda',
  severity: 'high',
  scope: 'regional',
  requires: ['lambda.functions'],
  compliance: { 'account-checklist': ['10'] },
  remediation: {
    text: 'Remove the credentials from the environment: give the function an execution role with the permissions it needs, keep other secrets in Secrets Manager or SSM Parameter Store, and deactivate any access key that was exposed.',
    cli: 'aws lambda update-function-configuration --function-name <function> --environment "Variables={...without the secret...}"',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  evaluate(ctx) {
    const functions = ctx.slice('lambda.functions');
    if (functions.length === 0) return [pass(ctx.scopeResource, `No Lambda function in ${ctx.region}.`)];
    return functions.map((fn) => {
      const found = fn.secretShapedVariables;
      if (found.length === 0) {
        return pass(
          lambdaFunctionResource(fn),
          `Function ${fn.name} has no credential-shaped environment variable.`,
        );
      }
      return fail(
        lambdaFunctionResource(fn),
        `Function ${fn.name} holds credentials in its environment: ${describeSecretShaped(found)}.`,
        {
          variables: found.map((variable) => variable.name),
        },
      );
    });
  },
});
