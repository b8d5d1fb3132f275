import {
  GetPublicAccessBlockCommand,
  NoSuchPublicAccessBlockConfiguration,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { s3ControlPublicAccessBlockCollector } from './s3control.js';

const s3control = mockClient(S3ControlClient);

beforeEach(() => {
  s3control.reset();
});

afterAll(() => {
  s3control.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

describe('s3ControlPublicAccessBlockCollector', () => {
  it('reads the account-level settings for the account', async () => {
    s3control.on(GetPublicAccessBlockCommand, { AccountId: TEST_ACCOUNT_ID }).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });

    await expect(s3ControlPublicAccessBlockCollector.collect(context(mockedApi().api))).resolves.toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
  });

  it('gives null when the account never configured it', async () => {
    s3control.on(GetPublicAccessBlockCommand).rejects(
      new NoSuchPublicAccessBlockConfiguration({
        message: 'The public access block configuration was not found',
        $metadata: { httpStatusCode: 404 },
      }),
    );

    await expect(s3ControlPublicAccessBlockCollector.collect(context(mockedApi().api))).resolves.toBeNull();
  });

  it('propagates AccessDenied', async () => {
    s3control.on(GetPublicAccessBlockCommand).rejects(awsError('AccessDenied', 403));

    await expect(s3ControlPublicAccessBlockCollector.collect(context(mockedApi().api))).rejects.toMatchObject(
      {
        code: 'AccessDenied',
        operation: 's3control:GetPublicAccessBlock',
      },
    );
  });
});
