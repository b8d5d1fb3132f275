import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { guardDutyDetectorsCollector } from './guardduty.js';

const guardDutyMock = mockClient(GuardDutyClient);

beforeEach(() => {
  guardDutyMock.reset();
});

afterAll(() => {
  guardDutyMock.restore();
});

const REGION = 'eu-west-1';

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: REGION,
  sleep: async () => {},
});

const detectorArn = (id: string) => `arn:aws:guardduty:${REGION}:${TEST_ACCOUNT_ID}:detector/${id}`;

describe('guardDutyDetectorsCollector', () => {
  it('lists every page of ListDetectors and reads each detector status and features', async () => {
    guardDutyMock
      .on(ListDetectorsCommand)
      .resolves({ DetectorIds: ['d1'], NextToken: 't2' })
      .on(ListDetectorsCommand, { NextToken: 't2' })
      .resolves({ DetectorIds: ['d2'], NextToken: '' });
    guardDutyMock.on(GetDetectorCommand, { DetectorId: 'd1' }).resolves({
      ServiceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/x',
      Status: 'ENABLED',
      Features: [
        { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
        {
          Name: 'RUNTIME_MONITORING',
          Status: 'ENABLED',
          AdditionalConfiguration: [
            { Name: 'EKS_ADDON_MANAGEMENT', Status: 'ENABLED' },
            { Name: 'ECS_FARGATE_AGENT_MANAGEMENT', Status: 'DISABLED' },
          ],
        },
      ],
    });
    guardDutyMock
      .on(GetDetectorCommand, { DetectorId: 'd2' })
      .resolves({ ServiceRole: 'role', Status: 'DISABLED' });
    const { api, stats } = mockedApi();

    expect(await guardDutyDetectorsCollector.collect(context(api))).toEqual([
      {
        id: 'd1',
        arn: detectorArn('d1'),
        details: {
          ok: true,
          value: {
            status: 'ENABLED',
            features: {
              S3_DATA_EVENTS: { enabled: true, additional: {} },
              RUNTIME_MONITORING: {
                enabled: true,
                additional: { EKS_ADDON_MANAGEMENT: true, ECS_FARGATE_AGENT_MANAGEMENT: false },
              },
            },
          },
        },
      },
      {
        id: 'd2',
        arn: detectorArn('d2'),
        details: { ok: true, value: { status: 'DISABLED', features: {} } },
      },
    ]);
    expect(stats.byOperation.get('guardduty:ListDetectors')).toBe(2);
  });

  it('keeps a GetDetector failure on its detector, with the AWS code', async () => {
    guardDutyMock.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    guardDutyMock.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 403));
    expect(await guardDutyDetectorsCollector.collect(context(mockedApi().api))).toEqual([
      {
        id: 'd1',
        arn: detectorArn('d1'),
        details: { ok: false, code: 'AccessDeniedException', operation: 'guardduty:GetDetector' },
      },
    ]);
  });

  it('answers an empty slice where GuardDuty was never enabled', async () => {
    guardDutyMock.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    expect(await guardDutyDetectorsCollector.collect(context(mockedApi().api))).toEqual([]);
  });

  it('fails the slice with the AWS code when ListDetectors is denied', async () => {
    guardDutyMock.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(guardDutyDetectorsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'guardduty:ListDetectors',
    });
  });
});
