import {
  DescribeDocumentPermissionCommand,
  DescribeInstanceInformationCommand,
  GetServiceSettingCommand,
  ListDocumentsCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import {
  AUTOMATION_LOG_DESTINATION,
  DOCUMENT_PUBLIC_SHARING,
  ssmDocumentsCollector,
  ssmManagedInstancesCollector,
  ssmServiceSettingsCollector,
} from './ssm.js';

const ssmMock = mockClient(SSMClient);

beforeEach(() => {
  ssmMock.reset();
});

afterAll(() => {
  ssmMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

describe('ssmDocumentsCollector', () => {
  it('lists the account own documents on every page and reads every page of each one sharing', async () => {
    ssmMock
      .on(ListDocumentsCommand, { NextToken: undefined })
      .resolves({ DocumentIdentifiers: [{ Name: 'runbook' }], NextToken: 'page-2' })
      .on(ListDocumentsCommand, { NextToken: 'page-2' })
      .resolves({ DocumentIdentifiers: [{ Name: 'restore' }] })
      .on(DescribeDocumentPermissionCommand, { Name: 'runbook', NextToken: undefined })
      .resolves({ AccountIds: ['222222222222'], NextToken: 'more' })
      .on(DescribeDocumentPermissionCommand, { Name: 'runbook', NextToken: 'more' })
      .resolves({ AccountIds: ['333333333333'] })
      .on(DescribeDocumentPermissionCommand, { Name: 'restore' })
      .resolves({ AccountIds: ['all'] });
    expect(await ssmDocumentsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: `arn:aws:ssm:us-east-1:${TEST_ACCOUNT_ID}:document/runbook`,
        name: 'runbook',
        sharing: { ok: true, value: { public: false, accountIds: ['222222222222', '333333333333'] } },
      },
      {
        arn: `arn:aws:ssm:us-east-1:${TEST_ACCOUNT_ID}:document/restore`,
        name: 'restore',
        sharing: { ok: true, value: { public: true, accountIds: [] } },
      },
    ]);
    expect(ssmMock.commandCalls(ListDocumentsCommand)[0]?.args[0].input).toEqual({
      Filters: [{ Key: 'Owner', Values: ['Self'] }],
      MaxResults: 50,
    });
    expect(ssmMock.commandCalls(DescribeDocumentPermissionCommand)[0]?.args[0].input).toEqual({
      Name: 'runbook',
      PermissionType: 'Share',
      MaxResults: 200,
    });
  });

  it('keeps an unreadable sharing as that document error, with its code', async () => {
    ssmMock
      .on(ListDocumentsCommand)
      .resolves({ DocumentIdentifiers: [{ Name: 'runbook' }] })
      .on(DescribeDocumentPermissionCommand)
      .rejects(awsError('AccessDeniedException', 400));
    const [document] = await ssmDocumentsCollector.collect(context(mockedApi().api));
    expect(document?.sharing).toEqual({
      ok: false,
      code: 'AccessDeniedException',
      operation: 'ssm:DescribeDocumentPermission',
    });
  });

  it('fails the slice with the AWS code when ListDocuments is denied', async () => {
    ssmMock.on(ListDocumentsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ssmDocumentsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'ssm:ListDocuments',
    });
  });
});

describe('ssmServiceSettingsCollector', () => {
  it('reads both settings, each on its own', async () => {
    ssmMock
      .on(GetServiceSettingCommand, { SettingId: AUTOMATION_LOG_DESTINATION })
      .resolves({ ServiceSetting: { SettingId: AUTOMATION_LOG_DESTINATION, SettingValue: 'CloudWatch' } })
      .on(GetServiceSettingCommand, { SettingId: DOCUMENT_PUBLIC_SHARING })
      .rejects(awsError('AccessDeniedException', 400));
    expect(await ssmServiceSettingsCollector.collect(context(mockedApi().api))).toEqual({
      automationLogDestination: { ok: true, value: 'CloudWatch' },
      documentPublicSharing: { ok: false, code: 'AccessDeniedException', operation: 'ssm:GetServiceSetting' },
    });
  });
});

describe('ssmManagedInstancesCollector', () => {
  it('lists every page of managed nodes', async () => {
    ssmMock
      .on(DescribeInstanceInformationCommand, { NextToken: undefined })
      .resolves({
        InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }],
        NextToken: 'page-2',
      })
      .on(DescribeInstanceInformationCommand, { NextToken: 'page-2' })
      .resolves({ InstanceInformationList: [{ InstanceId: 'mi-2', PingStatus: 'ConnectionLost' }] });
    expect(await ssmManagedInstancesCollector.collect(context(mockedApi().api))).toEqual([
      { instanceId: 'i-1', pingStatus: 'Online' },
      { instanceId: 'mi-2', pingStatus: 'ConnectionLost' },
    ]);
    expect(ssmMock.commandCalls(DescribeInstanceInformationCommand)[0]?.args[0].input).toEqual({
      MaxResults: 50,
    });
  });

  it('fails the slice with the AWS code when DescribeInstanceInformation is denied', async () => {
    ssmMock.on(DescribeInstanceInformationCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(ssmManagedInstancesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'ssm:DescribeInstanceInformation',
    });
  });
});
