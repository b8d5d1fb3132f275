import { ListResourceComplianceSummariesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ssmComplianceSummariesCollector } from './ssm-compliance.js';

const ssmMock = mockClient(SSMClient);

beforeEach(() => ssmMock.reset());
afterAll(() => ssmMock.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: 'us-east-1', sleep: async () => {} };
}

describe('ssmComplianceSummariesCollector', () => {
  it('lists every page once and keeps the Patch and Association summaries of managed instances', async () => {
    ssmMock
      .on(ListResourceComplianceSummariesCommand, { NextToken: undefined })
      .resolves({
        ResourceComplianceSummaryItems: [
          {
            ComplianceType: 'Patch',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-1',
            Status: 'NON_COMPLIANT',
          },
          {
            ComplianceType: 'Custom:Antivirus',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-1',
            Status: 'COMPLIANT',
          },
        ],
        NextToken: 'page-2',
      })
      .on(ListResourceComplianceSummariesCommand, { NextToken: 'page-2' })
      .resolves({
        ResourceComplianceSummaryItems: [
          {
            ComplianceType: 'Association',
            ResourceType: 'ManagedInstance',
            ResourceId: 'mi-2',
            Status: 'COMPLIANT',
          },
        ],
      });
    expect(await ssmComplianceSummariesCollector.collect(context())).toEqual([
      { resourceId: 'i-1', complianceType: 'Patch', status: 'NON_COMPLIANT' },
      { resourceId: 'mi-2', complianceType: 'Association', status: 'COMPLIANT' },
    ]);
    const inputs = ssmMock
      .commandCalls(ListResourceComplianceSummariesCommand)
      .map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 50 }, { MaxResults: 50, NextToken: 'page-2' }]);
  });

  it('fails the slice with the AWS code when the listing is denied', async () => {
    ssmMock.on(ListResourceComplianceSummariesCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(ssmComplianceSummariesCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'ssm:ListResourceComplianceSummaries',
    });
  });
});
