import { describe, expect, it } from 'vitest';
import { ec2VpnConnection, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2VpnConnection } from '../../inventory/ec2.js';
import { ec2VpnTunnelsUp as check } from './ec2-vpn-tunnels-up.js';

const REGION = 'eu-west-1';
const withConnections = (...connections: Ec2VpnConnection[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.vpnConnections', connections).build();

describe('ec2-vpn-tunnels-up', () => {
  it('passes on the region when it has no VPN connections', () => {
    expect(evaluate(check, withConnections())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a connection with both tunnels up, fails one tunnel down, and tunnels without telemetry', () => {
    const findings = evaluate(
      check,
      withConnections(
        ec2VpnConnection('vpn-ok'),
        ec2VpnConnection('vpn-half', [{}, { status: 'DOWN' }]),
        ec2VpnConnection('vpn-new', []),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:vpn-connection/vpn-ok',
        resourceType: 'AwsEc2VpnConnection',
      },
      {
        status: 'FAIL',
        message: 'VPN connection vpn-half has 1 of its 2 tunnels up.',
        evidence: { tunnelStatuses: ['198.51.100.1 UP', '198.51.100.2 DOWN'] },
      },
      { status: 'FAIL', message: 'VPN connection vpn-new has 0 of its 2 tunnels up.' },
    ]);
  });

  it('is an ERROR when the VPN connections cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.vpnConnections').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
