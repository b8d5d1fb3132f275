import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { secretsManagerSecretsCollector } from './secretsmanager.js';

const secretsManagerMock = mockClient(SecretsManagerClient);

beforeEach(() => {
  secretsManagerMock.reset();
});

afterAll(() => {
  secretsManagerMock.restore();
});

const REGION = 'eu-west-1';
const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: REGION,
  sleep: async () => {},
});
const secretArn = (name: string) =>
  `arn:aws:secretsmanager:${REGION}:${TEST_ACCOUNT_ID}:secret:${name}-AbCdEf`;

describe('secretsManagerSecretsCollector', () => {
  it('lists every page of ListSecrets and keeps rotation settings and dates, never values', async () => {
    secretsManagerMock
      .on(ListSecretsCommand)
      .resolves({
        SecretList: [
          {
            ARN: secretArn('db'),
            Name: 'db',
            RotationEnabled: true,
            RotationRules: { AutomaticallyAfterDays: 30 },
            CreatedDate: new Date('2025-01-01T00:00:00Z'),
            LastRotatedDate: new Date('2026-05-01T00:00:00Z'),
            LastAccessedDate: new Date('2026-05-20T00:00:00Z'),
            NextRotationDate: new Date('2026-05-31T00:00:00Z'),
          },
        ],
        NextToken: 't2',
      })
      .on(ListSecretsCommand, { MaxResults: 100, NextToken: 't2' })
      .resolves({
        SecretList: [
          { ARN: secretArn('token'), Name: 'token', CreatedDate: new Date('2024-01-01T00:00:00Z') },
        ],
      });
    const { api, stats } = mockedApi();

    expect(await secretsManagerSecretsCollector.collect(context(api))).toEqual([
      {
        arn: secretArn('db'),
        name: 'db',
        rotationEnabled: true,
        rotationIntervalDays: 30,
        createdAt: '2025-01-01T00:00:00.000Z',
        lastRotatedAt: '2026-05-01T00:00:00.000Z',
        lastAccessedAt: '2026-05-20T00:00:00.000Z',
        nextRotationAt: '2026-05-31T00:00:00.000Z',
      },
      {
        arn: secretArn('token'),
        name: 'token',
        rotationEnabled: false,
        rotationIntervalDays: null,
        createdAt: '2024-01-01T00:00:00.000Z',
        lastRotatedAt: null,
        lastAccessedAt: null,
        nextRotationAt: null,
      },
    ]);
    expect(stats.byOperation.get('secretsmanager:ListSecrets')).toBe(2);
  });

  it('fails the slice with the AWS code when ListSecrets is denied', async () => {
    secretsManagerMock.on(ListSecretsCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(secretsManagerSecretsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'secretsmanager:ListSecrets',
    });
  });
});
