import { describe, expect, it } from 'vitest';
import { ec2Vpc, ec2VpcEndpoint, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Vpc, Ec2VpcEndpoint } from '../../inventory/ec2.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { vpcEc2EndpointConfigured } from './vpc-ec2-endpoint-configured.js';
import { vpcEcrApiEndpointConfigured } from './vpc-ecr-api-endpoint-configured.js';
import { vpcEcrDkrEndpointConfigured } from './vpc-ecr-dkr-endpoint-configured.js';
import { vpcSsmContactsEndpointConfigured } from './vpc-ssm-contacts-endpoint-configured.js';
import { vpcSsmEndpointConfigured } from './vpc-ssm-endpoint-configured.js';
import { vpcSsmIncidentsEndpointConfigured } from './vpc-ssm-incidents-endpoint-configured.js';

const REGION = 'eu-west-1';

interface EndpointCheckCase {
  readonly check: CheckDefinition;
  /** The service part of com.amazonaws.<region>.<service>. */
  readonly service: string;
  /** How the FAIL message names the missing endpoint. */
  readonly missing: string;
  /** Whether only an interface endpoint counts (FSBP names the endpoint type for these controls). */
  readonly interfaceOnly: boolean;
}

// The six checks share vpc-endpoint-presence.ts; this table pins what each one passes its judge.
const CASES: readonly EndpointCheckCase[] = [
  { check: vpcEc2EndpointConfigured, service: 'ec2', missing: 'Amazon EC2 endpoint', interfaceOnly: false },
  {
    check: vpcEcrApiEndpointConfigured,
    service: 'ecr.api',
    missing: 'ECR API interface endpoint',
    interfaceOnly: true,
  },
  {
    check: vpcEcrDkrEndpointConfigured,
    service: 'ecr.dkr',
    missing: 'ECR Docker Registry interface endpoint',
    interfaceOnly: true,
  },
  {
    check: vpcSsmEndpointConfigured,
    service: 'ssm',
    missing: 'Systems Manager interface endpoint',
    interfaceOnly: true,
  },
  {
    check: vpcSsmContactsEndpointConfigured,
    service: 'ssm-contacts',
    missing: 'Incident Manager Contacts interface endpoint',
    interfaceOnly: true,
  },
  {
    check: vpcSsmIncidentsEndpointConfigured,
    service: 'ssm-incidents',
    missing: 'Incident Manager interface endpoint',
    interfaceOnly: true,
  },
];

const inventory = (vpcs: Ec2Vpc[], endpoints: Ec2VpcEndpoint[]) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.vpcs', vpcs)
    .regional(REGION, 'ec2.vpcEndpoints', endpoints)
    .build();

describe.each(CASES)('$check.id', ({ check, service, missing, interfaceOnly }) => {
  const serviceName = `com.amazonaws.${REGION}.${service}`;

  it('passes on the region when it has no VPC', () => {
    expect(evaluate(check, inventory([], []))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it(`passes a VPC with a live ${service} endpoint and fails the VPC without one`, () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-with'), ec2Vpc('vpc-without')],
        [
          ec2VpcEndpoint('vpce-1', 'vpc-with', serviceName),
          ec2VpcEndpoint('vpce-2', 'vpc-without', `com.amazonaws.${REGION}.s3`),
        ],
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: `arn:aws:ec2:${REGION}:111111111111:vpc/vpc-with`,
        resourceType: 'AwsEc2Vpc',
        evidence: { serviceName, endpointIds: ['vpce-1'] },
      },
      { status: 'FAIL', message: `VPC vpc-without has no ${missing} (${serviceName}).` },
    ]);
  });

  it('does not count an endpoint being deleted, nor one for the service in another region', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-1')],
        [
          ec2VpcEndpoint('vpce-gone', 'vpc-1', serviceName, { state: 'deleting' }),
          ec2VpcEndpoint('vpce-elsewhere', 'vpc-1', `com.amazonaws.us-east-1.${service}`),
        ],
      ),
    );
    expect(findings).toMatchObject([{ status: 'FAIL' }]);
  });

  it(`${interfaceOnly ? 'counts only interface endpoints' : 'counts an endpoint of any type'}`, () => {
    const findings = evaluate(
      check,
      inventory([ec2Vpc('vpc-1')], [ec2VpcEndpoint('vpce-gw', 'vpc-1', serviceName, { type: 'Gateway' })]),
    );
    expect(findings).toMatchObject([{ status: interfaceOnly ? 'FAIL' : 'PASS' }]);
  });

  it('is an ERROR when the endpoints cannot be read', () => {
    const failed = new InventoryBuilder()
      .regional(REGION, 'ec2.vpcs', [ec2Vpc('vpc-1')])
      .regionalError(REGION, 'ec2.vpcEndpoints', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, failed)).toMatchObject([{ status: 'ERROR', errorCode: 'UnauthorizedOperation' }]);
  });
});
