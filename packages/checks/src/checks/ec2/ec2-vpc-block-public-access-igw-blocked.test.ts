import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { ec2VpcBlockPublicAccessIgwBlocked as check } from './ec2-vpc-block-public-access-igw-blocked.js';

const REGION = 'eu-west-1';
const withMode = (internetGatewayBlockMode: string) =>
  new InventoryBuilder().regional(REGION, 'ec2.vpcBlockPublicAccess', { internetGatewayBlockMode }).build();

describe('ec2-vpc-block-public-access-igw-blocked', () => {
  it('passes the region when internet gateway traffic is blocked both ways or inbound', () => {
    for (const mode of ['block-bidirectional', 'block-ingress']) {
      expect(evaluate(check, withMode(mode))).toMatchObject([
        { status: 'PASS', resourceType: 'AwsAccountRegion', evidence: { internetGatewayBlockMode: mode } },
      ]);
    }
  });

  it('fails the region when Block Public Access is off', () => {
    expect(evaluate(check, withMode('off'))).toMatchObject([
      {
        status: 'FAIL',
        resourceId: 'arn:aws:account::111111111111:account/eu-west-1',
        message: 'VPC Block Public Access does not block internet gateway traffic in eu-west-1 (mode off).',
      },
    ]);
  });

  it('is an ERROR when the options cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.vpcBlockPublicAccess', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
