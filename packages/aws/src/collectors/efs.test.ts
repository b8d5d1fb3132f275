import { DescribeFileSystemsCommand, EFSClient, type FileSystemDescription } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { efsFileSystemsCollector } from './efs.js';

const efs = mockClient(EFSClient);

beforeEach(() => {
  efs.reset();
});

afterAll(() => {
  efs.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const fileSystem = (id: string, encrypted: boolean, name?: string): FileSystemDescription =>
  ({
    FileSystemId: id,
    FileSystemArn: `arn:aws:elasticfilesystem:us-east-1:${TEST_ACCOUNT_ID}:file-system/${id}`,
    Encrypted: encrypted,
    ...(name ? { Name: name } : {}),
  }) as FileSystemDescription;

describe('efsFileSystemsCollector', () => {
  it('pages with Marker / NextMarker', async () => {
    efs
      .on(DescribeFileSystemsCommand)
      .resolves({ FileSystems: [fileSystem('fs-1', true, 'home')], NextMarker: 'm2' })
      .on(DescribeFileSystemsCommand, { Marker: 'm2' })
      .resolves({ FileSystems: [fileSystem('fs-2', false)] });

    const fileSystems = await efsFileSystemsCollector.collect(context(mockedApi().api));

    expect(fileSystems).toEqual([
      {
        arn: `arn:aws:elasticfilesystem:us-east-1:${TEST_ACCOUNT_ID}:file-system/fs-1`,
        id: 'fs-1',
        name: 'home',
        encrypted: true,
      },
      {
        arn: `arn:aws:elasticfilesystem:us-east-1:${TEST_ACCOUNT_ID}:file-system/fs-2`,
        id: 'fs-2',
        name: null,
        encrypted: false,
      },
    ]);
    expect(efs.commandCalls(DescribeFileSystemsCommand)).toHaveLength(2);
  });

  it('propagates AccessDenied', async () => {
    efs.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(efsFileSystemsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'efs:DescribeFileSystems',
    });
  });
});
