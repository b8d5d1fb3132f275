import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2TransitGateway } from '../../inventory/ec2.js';
import { ec2TransitGatewayAutoAcceptDisabled as check } from './ec2-transit-gateway-auto-accept-disabled.js';

const REGION = 'eu-west-1';
const gateway = (id: string, autoAcceptSharedAttachments: boolean): Ec2TransitGateway => ({
  arn: `arn:aws:ec2:eu-west-1:111111111111:transit-gateway/${id}`,
  id,
  autoAcceptSharedAttachments,
});
const withGateways = (...gateways: Ec2TransitGateway[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.transitGateways', gateways).build();

describe('ec2-transit-gateway-auto-accept-disabled', () => {
  it('passes on the region when it has no transit gateways', () => {
    expect(evaluate(check, withGateways())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a gateway that reviews attachments and fails one that accepts them automatically', () => {
    const findings = evaluate(check, withGateways(gateway('tgw-review', false), gateway('tgw-open', true)));
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:transit-gateway/tgw-review',
        resourceType: 'AwsEc2TransitGateway',
      },
      {
        status: 'FAIL',
        message: 'Transit gateway tgw-open accepts shared attachment requests automatically.',
      },
    ]);
  });

  it('is an ERROR when the transit gateways cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.transitGateways').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
