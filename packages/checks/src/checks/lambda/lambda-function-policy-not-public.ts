import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { publicGrants, summarizeGrants } from '../../policy/public-access.js';
import { lambdaFunctionResource } from './lambda-function-resource.js';

export const lambdaFunctionPolicyNotPublic = defineCheck({
  id: 'lambda-function-policy-not-public',
  title: "Lambda function policies do not grant Principal '*' without a narrowing condition",
  service: 'lambda',
  severity: 'critical',
  scope: 'regional',
  requires: ['lambda.functions'],
  compliance: { 'cis-aws-7.0.0': ['2.21'], 'aws-fsbp': ['Lambda.1'] },
  remediation: {
    text: 'Remove the public permission and grant invoke to the calling service with aws:SourceArn / aws:SourceAccount, or to named accounts.',
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  evaluate(ctx) {
    const functions = ctx.slice('lambda.functions');
    if (functions.length === 0) return [pass(ctx.scopeResource, `No Lambda function in ${ctx.region}.`)];
    return functions.map((fn): CheckResult => {
      const resource = lambdaFunctionResource(fn);
      if (!fn.policy.ok) return unreadableField(resource, fn.policy, `the policy of function ${fn.name}`);
      if (fn.policy.value === null) return pass(resource, `Function ${fn.name} has no resource policy.`);
      const grants = publicGrants(fn.policy.value);
      if (grants.length > 0) {
        return fail(
          resource,
          `The policy of function ${fn.name} grants everyone access: ${summarizeGrants(grants)}.`,
          {
            publicActions: grants.flatMap((grant) => grant.actions),
          },
        );
      }
      return pass(
        resource,
        `The policy of function ${fn.name} grants nothing to everyone without a narrowing condition.`,
      );
    });
  },
});
