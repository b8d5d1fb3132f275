import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ecrRegistryScanningCollector, ecrRepositoriesCollector } from './ecr.js';

const ecrMock = mockClient(ECRClient);

beforeEach(() => {
  ecrMock.reset();
});

afterAll(() => {
  ecrMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const repository = (name: string, fields: object = {}) => ({
  repositoryArn: `arn:aws:ecr:us-east-1:${TEST_ACCOUNT_ID}:repository/${name}`,
  registryId: TEST_ACCOUNT_ID,
  repositoryName: name,
  ...fields,
});

describe('ecrRepositoriesCollector', () => {
  it('lists every page of repositories with their settings and whether a lifecycle policy is set', async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .resolvesOnce({
        repositories: [
          repository('team/api', {
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
          }),
        ],
        nextToken: 'page-2',
      })
      .resolves({
        repositories: [
          repository('scratch', { imageTagMutability: 'MUTABLE', imageScanningConfiguration: {} }),
        ],
      });
    ecrMock
      .on(GetLifecyclePolicyCommand, { repositoryName: 'team/api' })
      .resolves({ repositoryName: 'team/api', lifecyclePolicyText: '{"rules":[]}' });
    ecrMock
      .on(GetLifecyclePolicyCommand, { repositoryName: 'scratch' })
      .rejects(awsError('LifecyclePolicyNotFoundException', 400));

    expect(await ecrRepositoriesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: `arn:aws:ecr:us-east-1:${TEST_ACCOUNT_ID}:repository/team/api`,
        name: 'team/api',
        imageTagMutability: 'IMMUTABLE',
        scanOnPush: true,
        hasLifecyclePolicy: { ok: true, value: true },
      },
      {
        arn: `arn:aws:ecr:us-east-1:${TEST_ACCOUNT_ID}:repository/scratch`,
        name: 'scratch',
        imageTagMutability: 'MUTABLE',
        scanOnPush: false,
        hasLifecyclePolicy: { ok: true, value: false },
      },
    ]);
    expect(ecrMock.commandCalls(DescribeRepositoriesCommand).map((call) => call.args[0].input)).toEqual([
      { maxResults: 1000 },
      { maxResults: 1000, nextToken: 'page-2' },
    ]);
  });

  it('keeps an unreadable lifecycle policy as that repository’s error and drops a repository deleted since the listing', async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .resolves({ repositories: [repository('locked'), repository('gone')] });
    ecrMock
      .on(GetLifecyclePolicyCommand, { repositoryName: 'locked' })
      .rejects(awsError('AccessDeniedException', 400));
    ecrMock
      .on(GetLifecyclePolicyCommand, { repositoryName: 'gone' })
      .rejects(awsError('RepositoryNotFoundException', 400));

    expect(await ecrRepositoriesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: `arn:aws:ecr:us-east-1:${TEST_ACCOUNT_ID}:repository/locked`,
        name: 'locked',
        imageTagMutability: 'MUTABLE',
        scanOnPush: false,
        hasLifecyclePolicy: { ok: false, code: 'AccessDeniedException', operation: 'ecr:GetLifecyclePolicy' },
      },
    ]);
  });

  it('fails the slice with the AWS code when DescribeRepositories is denied', async () => {
    ecrMock.on(DescribeRepositoriesCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(ecrRepositoriesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'ecr:DescribeRepositories',
    });
  });
});

describe('ecrRegistryScanningCollector', () => {
  it('keeps the scan type and each rule’s frequency and filters', async () => {
    ecrMock.on(GetRegistryScanningConfigurationCommand).resolves({
      registryId: TEST_ACCOUNT_ID,
      scanningConfiguration: {
        scanType: 'ENHANCED',
        rules: [
          {
            scanFrequency: 'CONTINUOUS_SCAN',
            repositoryFilters: [{ filter: 'prod/*', filterType: 'WILDCARD' }],
          },
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] },
        ],
      },
    });
    expect(await ecrRegistryScanningCollector.collect(context(mockedApi().api))).toEqual({
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod/*'] },
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] },
      ],
    });
  });

  it('fails the slice with the AWS code when the configuration is denied', async () => {
    ecrMock.on(GetRegistryScanningConfigurationCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(ecrRegistryScanningCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'ecr:GetRegistryScanningConfiguration',
    });
  });
});
