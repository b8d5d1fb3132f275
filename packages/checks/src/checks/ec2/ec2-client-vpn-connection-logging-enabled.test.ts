import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2ClientVpnEndpoint } from '../../inventory/ec2.js';
import { ec2ClientVpnConnectionLoggingEnabled as check } from './ec2-client-vpn-connection-logging-enabled.js';

const REGION = 'eu-west-1';
const endpoint = (id: string, connectionLoggingEnabled: boolean): Ec2ClientVpnEndpoint => ({
  arn: `arn:aws:ec2:eu-west-1:111111111111:client-vpn-endpoint/${id}`,
  id,
  connectionLoggingEnabled,
});
const withEndpoints = (...endpoints: Ec2ClientVpnEndpoint[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.clientVpnEndpoints', endpoints).build();

describe('ec2-client-vpn-connection-logging-enabled', () => {
  it('passes on the region when it has no Client VPN endpoints', () => {
    expect(evaluate(check, withEndpoints())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes an endpoint logging connections and fails one that does not', () => {
    const findings = evaluate(
      check,
      withEndpoints(endpoint('cvpn-endpoint-1', true), endpoint('cvpn-endpoint-2', false)),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsEc2ClientVpnEndpoint' },
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:client-vpn-endpoint/cvpn-endpoint-2',
        message: 'Client VPN endpoint cvpn-endpoint-2 does not log client connections.',
      },
    ]);
  });

  it('is an ERROR when the endpoints cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.clientVpnEndpoints').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
