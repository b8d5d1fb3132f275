import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2SubnetsCollector } from './ec2-subnets.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2SubnetsCollector', () => {
  it('follows NextToken, maps the auto-assign settings and keeps only the subnets the account owns', async () => {
    ec2
      .on(DescribeSubnetsCommand, { NextToken: undefined })
      .resolves({
        Subnets: [
          {
            SubnetId: 'subnet-default',
            SubnetArn: `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}:subnet/subnet-default`,
            VpcId: 'vpc-1',
            OwnerId: TEST_ACCOUNT_ID,
            DefaultForAz: true,
            MapPublicIpOnLaunch: true,
            AssignIpv6AddressOnCreation: false,
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeSubnetsCommand, { NextToken: 'page-2' })
      .resolves({
        Subnets: [
          { SubnetId: 'subnet-private', VpcId: 'vpc-2', AssignIpv6AddressOnCreation: true },
          { SubnetId: 'subnet-shared', VpcId: 'vpc-3', OwnerId: '999999999999', MapPublicIpOnLaunch: true },
        ],
      });
    await expect(ec2SubnetsCollector.collect(context())).resolves.toEqual([
      {
        arn: `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}:subnet/subnet-default`,
        id: 'subnet-default',
        vpcId: 'vpc-1',
        defaultForAz: true,
        mapPublicIpOnLaunch: true,
        assignIpv6AddressOnCreation: false,
      },
      {
        arn: `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}:subnet/subnet-private`,
        id: 'subnet-private',
        vpcId: 'vpc-2',
        defaultForAz: false,
        mapPublicIpOnLaunch: false,
        assignIpv6AddressOnCreation: true,
      },
    ]);
    const inputs = ec2.commandCalls(DescribeSubnetsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates AccessDenied', async () => {
    ec2.on(DescribeSubnetsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2SubnetsCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'ec2:DescribeSubnets',
    });
  });
});
