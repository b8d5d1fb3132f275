import {
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { lambdaFunctionsCollector } from './lambda.js';

const lambda = mockClient(LambdaClient);

beforeEach(() => {
  lambda.reset();
});

afterAll(() => {
  lambda.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const fnArn = (name: string) => `arn:aws:lambda:us-east-1:${TEST_ACCOUNT_ID}:function:${name}`;
// A documentation-example key id: shape only.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

const noPolicy = () =>
  new ResourceNotFoundException({
    message: 'The resource you requested does not exist.',
    $metadata: { httpStatusCode: 404 },
  });

describe('lambdaFunctionsCollector', () => {
  it('pages with Marker, keeps secret-shaped variable names only, and reads policies', async () => {
    lambda
      .on(ListFunctionsCommand)
      .resolves({
        Functions: [
          {
            FunctionName: 'etl',
            FunctionArn: fnArn('etl'),
            Runtime: 'python3.8',
            PackageType: 'Zip',
            Environment: { Variables: { AWS_ACCESS_KEY_ID: KEY_ID, LOG_LEVEL: 'info' } },
          },
        ],
        NextMarker: 'm2',
      })
      .on(ListFunctionsCommand, { Marker: 'm2' })
      .resolves({ Functions: [{ FunctionName: 'api', FunctionArn: fnArn('api'), PackageType: 'Image' }] });
    lambda.on(GetPolicyCommand, { FunctionName: fnArn('etl') }).rejects(noPolicy());
    lambda.on(GetPolicyCommand, { FunctionName: fnArn('api') }).resolves({
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'open',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunction',
            Resource: fnArn('api'),
          },
        ],
      }),
    });

    const functions = await lambdaFunctionsCollector.collect(context(mockedApi().api));

    expect(functions).toEqual([
      {
        arn: fnArn('etl'),
        name: 'etl',
        runtime: 'python3.8',
        packageType: 'Zip',
        secretShapedVariables: [{ name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' }],
        policy: { ok: true, value: null },
      },
      {
        arn: fnArn('api'),
        name: 'api',
        runtime: null,
        packageType: 'Image',
        secretShapedVariables: [],
        policy: { ok: true, value: [expect.objectContaining({ sid: 'open', principals: { '*': ['*'] } })] },
      },
    ]);
    expect(JSON.stringify(functions)).not.toContain(KEY_ID);
    expect(lambda.commandCalls(ListFunctionsCommand).map((call) => call.args[0].input)).toEqual([
      { MaxItems: 50 },
      { MaxItems: 50, Marker: 'm2' },
    ]);
  });

  it('keeps a GetPolicy AccessDenied on that function only', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'f', FunctionArn: fnArn('f') }] });
    lambda.on(GetPolicyCommand).rejects(awsError('AccessDeniedException', 403));

    const [fn] = await lambdaFunctionsCollector.collect(context(mockedApi().api));

    expect(fn?.policy).toEqual({ ok: false, code: 'AccessDeniedException', operation: 'lambda:GetPolicy' });
  });

  it('propagates AccessDenied on ListFunctions', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(lambdaFunctionsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'lambda:ListFunctions',
    });
  });
});
