import { describe, expect, it } from 'vitest';
import { ec2Vpc, ec2VpcEndpoint, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Vpc, Ec2VpcEndpoint } from '../../inventory/ec2.js';
import { vpcSsmContactsEndpointConfigured as check } from './vpc-ssm-contacts-endpoint-configured.js';

const REGION = 'eu-west-1';
const SERVICE = 'com.amazonaws.eu-west-1.ssm-contacts';
const inventory = (vpcs: Ec2Vpc[], endpoints: Ec2VpcEndpoint[]) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.vpcs', vpcs)
    .regional(REGION, 'ec2.vpcEndpoints', endpoints)
    .build();

describe('vpc-ssm-contacts-endpoint-configured', () => {
  it('passes on the region when it has no VPC', () => {
    expect(evaluate(check, inventory([], []))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a VPC with a live ssm-contacts endpoint and fails the VPC without one', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-with'), ec2Vpc('vpc-without')],
        [
          ec2VpcEndpoint('vpce-1', 'vpc-with', SERVICE),
          ec2VpcEndpoint('vpce-2', 'vpc-without', 'com.amazonaws.eu-west-1.s3'),
        ],
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-with',
        resourceType: 'AwsEc2Vpc',
        evidence: { serviceName: SERVICE, endpointIds: ['vpce-1'] },
      },
      {
        status: 'FAIL',
        message: `VPC vpc-without has no Incident Manager Contacts interface endpoint (${SERVICE}).`,
      },
    ]);
  });

  it('does not count an endpoint being deleted, nor one for the service in another region', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-1')],
        [
          ec2VpcEndpoint('vpce-gone', 'vpc-1', SERVICE, { state: 'deleting' }),
          ec2VpcEndpoint('vpce-elsewhere', 'vpc-1', 'com.amazonaws.us-east-1.ssm-contacts'),
        ],
      ),
    );
    expect(findings).toMatchObject([{ status: 'FAIL' }]);
  });

  it('counts only interface endpoints', () => {
    const findings = evaluate(
      check,
      inventory([ec2Vpc('vpc-1')], [ec2VpcEndpoint('vpce-gw', 'vpc-1', SERVICE, { type: 'Gateway' })]),
    );
    expect(findings).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR when the endpoints cannot be read', () => {
    const failed = new InventoryBuilder()
      .regional(REGION, 'ec2.vpcs', [ec2Vpc('vpc-1')])
      .regionalError(REGION, 'ec2.vpcEndpoints', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, failed)).toMatchObject([{ status: 'ERROR', errorCode: 'UnauthorizedOperation' }]);
  });
});
