import {
  DescribeNotebookInstanceCommand,
  ListNotebookInstancesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { sagemakerNotebookInstancesCollector } from './sagemaker.js';

const sagemakerMock = mockClient(SageMakerClient);

beforeEach(() => {
  sagemakerMock.reset();
});

afterAll(() => {
  sagemakerMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const arn = (name: string) => `arn:aws:sagemaker:us-east-1:${TEST_ACCOUNT_ID}:notebook-instance/${name}`;
const summary = (name: string) => ({
  NotebookInstanceName: name,
  NotebookInstanceArn: arn(name),
  CreationTime: new Date(0),
  LastModifiedTime: new Date(0),
});

describe('sagemakerNotebookInstancesCollector', () => {
  it('lists every page and describes each notebook instance', async () => {
    sagemakerMock
      .on(ListNotebookInstancesCommand)
      .resolvesOnce({ NotebookInstances: [summary('private')], NextToken: 'page-2' })
      .resolves({ NotebookInstances: [summary('open')] });
    sagemakerMock
      .on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'private' })
      .resolves({
        NotebookInstanceName: 'private',
        DirectInternetAccess: 'Disabled',
        SubnetId: 'subnet-0abc',
        RootAccess: 'Disabled',
        PlatformIdentifier: 'notebook-al2023-v1',
      })
      .on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'open' })
      .resolves({ NotebookInstanceName: 'open', DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' });
    expect(await sagemakerNotebookInstancesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('private'),
        name: 'private',
        settings: {
          ok: true,
          value: {
            directInternetAccess: false,
            subnetId: 'subnet-0abc',
            rootAccess: false,
            platformIdentifier: 'notebook-al2023-v1',
          },
        },
      },
      {
        arn: arn('open'),
        name: 'open',
        settings: {
          ok: true,
          value: { directInternetAccess: true, subnetId: null, rootAccess: true, platformIdentifier: null },
        },
      },
    ]);
  });

  it('keeps a failing DescribeNotebookInstance as that instance’s error', async () => {
    sagemakerMock.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('locked')] });
    sagemakerMock.on(DescribeNotebookInstanceCommand).rejects(awsError('AccessDeniedException', 400));
    expect(await sagemakerNotebookInstancesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('locked'),
        name: 'locked',
        settings: {
          ok: false,
          code: 'AccessDeniedException',
          operation: 'sagemaker:DescribeNotebookInstance',
        },
      },
    ]);
  });

  it('fails the slice with the AWS code when ListNotebookInstances is denied', async () => {
    sagemakerMock.on(ListNotebookInstancesCommand).rejects(awsError('AccessDenied', 403));
    await expect(sagemakerNotebookInstancesCollector.collect(context(mockedApi().api))).rejects.toMatchObject(
      {
        code: 'AccessDenied',
        operation: 'sagemaker:ListNotebookInstances',
      },
    );
  });
});
