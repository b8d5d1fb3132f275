import { DescribeVpcBlockPublicAccessOptionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2VpcBlockPublicAccessCollector } from './ec2-vpc-block-public-access.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: 'eu-west-1', sleep: async () => {} };
}

describe('ec2VpcBlockPublicAccessCollector', () => {
  it('reads the internet gateway block mode, absent as off', async () => {
    ec2
      .on(DescribeVpcBlockPublicAccessOptionsCommand)
      .resolvesOnce({
        VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'block-ingress', State: 'update-complete' },
      })
      .resolves({});
    await expect(ec2VpcBlockPublicAccessCollector.collect(context())).resolves.toEqual({
      internetGatewayBlockMode: 'block-ingress',
    });
    await expect(ec2VpcBlockPublicAccessCollector.collect(context())).resolves.toEqual({
      internetGatewayBlockMode: 'off',
    });
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeVpcBlockPublicAccessOptionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2VpcBlockPublicAccessCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeVpcBlockPublicAccessOptions',
    });
  });
});
