import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, lambdaFunction } from '../../fixtures/index.js';
import type { LambdaFunction } from '../../inventory/lambda.js';
import { lambdaFunctionEnvNoSecrets } from './lambda-function-env-no-secrets.js';

const inRegion = (...functions: LambdaFunction[]) =>
  evaluate(
    lambdaFunctionEnvNoSecrets,
    new InventoryBuilder().regional('us-east-1', 'lambda.functions', functions).build(),
  );

describe('lambda-function-env-no-secrets', () => {
  it('passes the region when it has no function', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes clean functions and fails the ones holding credentials, naming the variables only', () => {
    const leaky = lambdaFunction('etl', {
      secretShapedVariables: [
        { name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' },
        { name: 'DB_PASSWORD', reason: 'secret-name' },
      ],
    });
    const findings = inRegion(lambdaFunction('clean'), leaky);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:lambda:us-east-1:111111111111:function:clean', 'PASS'],
      ['arn:aws:lambda:us-east-1:111111111111:function:etl', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      resourceType: 'AwsLambdaFunction',
      evidence: { variables: ['AWS_ACCESS_KEY_ID', 'DB_PASSWORD'] },
    });
    expect(findings[1]?.message).toBe(
      'Function etl holds credentials in its environment: AWS_ACCESS_KEY_ID (value looks like an access key id), DB_PASSWORD (name says it holds a secret).',
    );
  });

  it('is an ERROR when the functions cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'lambda.functions', 'AccessDeniedException', 'lambda:ListFunctions')
      .build();
    expect(evaluate(lambdaFunctionEnvNoSecrets, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
