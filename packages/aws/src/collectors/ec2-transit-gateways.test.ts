import { DescribeTransitGatewaysCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2TransitGatewaysCollector } from './ec2-transit-gateways.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2TransitGatewaysCollector', () => {
  it('follows NextToken and keeps the live gateways the account owns', async () => {
    ec2
      .on(DescribeTransitGatewaysCommand, { NextToken: undefined })
      .resolves({
        TransitGateways: [
          {
            TransitGatewayId: 'tgw-1',
            TransitGatewayArn: `${ARN}:transit-gateway/tgw-1`,
            OwnerId: TEST_ACCOUNT_ID,
            State: 'available',
            Options: { AutoAcceptSharedAttachments: 'enable' },
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeTransitGatewaysCommand, { NextToken: 'page-2' })
      .resolves({
        TransitGateways: [
          {
            TransitGatewayId: 'tgw-2',
            State: 'pending',
            Options: { AutoAcceptSharedAttachments: 'disable' },
          },
          { TransitGatewayId: 'tgw-gone', State: 'deleted' },
          { TransitGatewayId: 'tgw-shared', OwnerId: '999999999999', State: 'available' },
        ],
      });
    await expect(ec2TransitGatewaysCollector.collect(context())).resolves.toEqual([
      { arn: `${ARN}:transit-gateway/tgw-1`, id: 'tgw-1', autoAcceptSharedAttachments: true },
      { arn: `${ARN}:transit-gateway/tgw-2`, id: 'tgw-2', autoAcceptSharedAttachments: false },
    ]);
    const inputs = ec2.commandCalls(DescribeTransitGatewaysCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeTransitGatewaysCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2TransitGatewaysCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeTransitGateways',
    });
  });
});
