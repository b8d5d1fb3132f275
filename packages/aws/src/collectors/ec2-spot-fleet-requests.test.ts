import { DescribeSpotFleetRequestsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2SpotFleetRequestsCollector } from './ec2-spot-fleet-requests.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

const config = { IamFleetRole: 'arn:aws:iam::123:role/fleet', TargetCapacity: 1 };

describe('ec2SpotFleetRequestsCollector', () => {
  it('follows NextToken, keeps live requests and collects the EBS volumes set unencrypted', async () => {
    ec2
      .on(DescribeSpotFleetRequestsCommand, { NextToken: undefined })
      .resolves({
        SpotFleetRequestConfigs: [
          {
            SpotFleetRequestId: 'sfr-1',
            SpotFleetRequestState: 'active',
            SpotFleetRequestConfig: {
              ...config,
              LaunchSpecifications: [
                {
                  BlockDeviceMappings: [
                    { DeviceName: '/dev/xvda', Ebs: { Encrypted: true } },
                    { DeviceName: '/dev/xvdb', Ebs: { Encrypted: false } },
                  ],
                },
                { BlockDeviceMappings: [{ DeviceName: '/dev/xvdb', Ebs: { Encrypted: false } }] },
              ],
            },
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeSpotFleetRequestsCommand, { NextToken: 'page-2' })
      .resolves({
        SpotFleetRequestConfigs: [
          {
            SpotFleetRequestId: 'sfr-2',
            SpotFleetRequestState: 'submitted',
            SpotFleetRequestConfig: { ...config, LaunchTemplateConfigs: [{}] },
          },
          { SpotFleetRequestId: 'sfr-3', SpotFleetRequestState: 'cancelled' },
        ],
      });
    await expect(ec2SpotFleetRequestsCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:spot-fleet-request/sfr-1`,
        id: 'sfr-1',
        launchSpecificationCount: 2,
        unencryptedEbsDevices: ['/dev/xvdb'],
      },
      {
        arn: `${ARN}:spot-fleet-request/sfr-2`,
        id: 'sfr-2',
        launchSpecificationCount: 0,
        unencryptedEbsDevices: [],
      },
    ]);
    const inputs = ec2.commandCalls(DescribeSpotFleetRequestsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeSpotFleetRequestsCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2SpotFleetRequestsCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeSpotFleetRequests',
    });
  });
});
