import { DescribeNetworkInterfacesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2NetworkInterfacesCollector } from './ec2-network-interfaces.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2NetworkInterfacesCollector', () => {
  it('follows NextToken, maps type, source/destination check and instance, and keeps own interfaces', async () => {
    ec2
      .on(DescribeNetworkInterfacesCommand, { NextToken: undefined })
      .resolves({
        NetworkInterfaces: [
          {
            NetworkInterfaceId: 'eni-1',
            OwnerId: TEST_ACCOUNT_ID,
            InterfaceType: 'interface',
            SourceDestCheck: false,
            Attachment: { InstanceId: 'i-1' },
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeNetworkInterfacesCommand, { NextToken: 'page-2' })
      .resolves({
        NetworkInterfaces: [
          { NetworkInterfaceId: 'eni-2', InterfaceType: 'natGateway' },
          { NetworkInterfaceId: 'eni-3', OwnerId: '999999999999', SourceDestCheck: false },
        ],
      });
    await expect(ec2NetworkInterfacesCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:network-interface/eni-1`,
        id: 'eni-1',
        interfaceType: 'interface',
        sourceDestCheck: false,
        instanceId: 'i-1',
      },
      {
        arn: `${ARN}:network-interface/eni-2`,
        id: 'eni-2',
        interfaceType: 'natGateway',
        sourceDestCheck: true,
        instanceId: null,
      },
    ]);
    const inputs = ec2.commandCalls(DescribeNetworkInterfacesCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2NetworkInterfacesCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeNetworkInterfaces',
    });
  });
});
