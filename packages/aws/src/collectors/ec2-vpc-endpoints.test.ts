import { DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2VpcEndpointsCollector } from './ec2-vpc-endpoints.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2VpcEndpointsCollector', () => {
  it('follows NextToken with the largest page and maps each endpoint', async () => {
    ec2
      .on(DescribeVpcEndpointsCommand, { NextToken: undefined })
      .resolves({
        VpcEndpoints: [
          {
            VpcEndpointId: 'vpce-1',
            VpcId: 'vpc-1',
            ServiceName: `com.amazonaws.${REGION}.ssm`,
            VpcEndpointType: 'Interface',
            State: 'Available',
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeVpcEndpointsCommand, { NextToken: 'page-2' })
      .resolves({
        VpcEndpoints: [
          { VpcEndpointId: 'vpce-2', VpcId: 'vpc-2', ServiceName: `com.amazonaws.${REGION}.s3` },
          // A service-network endpoint names no service: not a service endpoint of a VPC.
          { VpcEndpointId: 'vpce-3', VpcId: 'vpc-2', VpcEndpointType: 'ServiceNetwork' },
        ],
      });
    await expect(ec2VpcEndpointsCollector.collect(context())).resolves.toEqual([
      {
        id: 'vpce-1',
        vpcId: 'vpc-1',
        serviceName: `com.amazonaws.${REGION}.ssm`,
        type: 'Interface',
        state: 'available',
      },
      {
        id: 'vpce-2',
        vpcId: 'vpc-2',
        serviceName: `com.amazonaws.${REGION}.s3`,
        type: 'unknown',
        state: 'unknown',
      },
    ]);
    const inputs = ec2.commandCalls(DescribeVpcEndpointsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeVpcEndpointsCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2VpcEndpointsCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeVpcEndpoints',
    });
  });
});
