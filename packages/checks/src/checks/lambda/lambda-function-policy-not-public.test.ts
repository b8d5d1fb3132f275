import { describe, expect, it } from 'vitest';
import {
  evaluate,
  InventoryBuilder,
  lambdaFunction,
  policyStatements,
  readFailed,
  readOk,
} from '../../fixtures/index.js';
import type { LambdaFunction } from '../../inventory/lambda.js';
import { lambdaFunctionPolicyNotPublic } from './lambda-function-policy-not-public.js';

const inRegion = (...functions: LambdaFunction[]) =>
  evaluate(
    lambdaFunctionPolicyNotPublic,
    new InventoryBuilder().regional('us-east-1', 'lambda.functions', functions).build(),
  );

const invoke = (principal: unknown, condition?: object) => ({
  Sid: 'invoke',
  Effect: 'Allow',
  Principal: principal,
  Action: 'lambda:InvokeFunction',
  Resource: 'arn:aws:lambda:us-east-1:111111111111:function:f',
  ...(condition ? { Condition: condition } : {}),
});

describe('lambda-function-policy-not-public', () => {
  it('passes the region when it has no function', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes functions without policy, with service grants narrowed by source, and fails public ones', () => {
    const findings = inRegion(
      lambdaFunction('none'),
      lambdaFunction('api', {
        policy: readOk(
          policyStatements(
            invoke(
              { Service: 'apigateway.amazonaws.com' },
              {
                ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:111111111111:abc/*' },
              },
            ),
          ),
        ),
      }),
      lambdaFunction('open', { policy: readOk(policyStatements(invoke('*'))) }),
    );
    expect(findings.map((f) => [f.resourceId.split(':').pop(), f.status])).toEqual([
      ['none', 'PASS'],
      ['api', 'PASS'],
      ['open', 'FAIL'],
    ]);
    expect(findings[2]?.message).toContain("statement 'invoke' (lambda:InvokeFunction)");
  });

  it('is an ERROR for the function whose policy could not be read', () => {
    expect(
      inRegion(lambdaFunction('f', { policy: readFailed('AccessDeniedException', 'lambda:GetPolicy') })),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDeniedException' }]);
  });
});
