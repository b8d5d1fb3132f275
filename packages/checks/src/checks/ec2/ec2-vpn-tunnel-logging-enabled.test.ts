import { describe, expect, it } from 'vitest';
import { ec2VpnConnection, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2VpnConnection } from '../../inventory/ec2.js';
import { ec2VpnTunnelLoggingEnabled as check } from './ec2-vpn-tunnel-logging-enabled.js';

const REGION = 'eu-west-1';
const withConnections = (...connections: Ec2VpnConnection[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.vpnConnections', connections).build();

describe('ec2-vpn-tunnel-logging-enabled', () => {
  it('passes on the region when it has no VPN connections', () => {
    expect(evaluate(check, withConnections())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes a connection logging both tunnels and fails one logging a single tunnel', () => {
    const findings = evaluate(
      check,
      withConnections(
        ec2VpnConnection('vpn-logged'),
        ec2VpnConnection('vpn-half', [{}, { cloudWatchLogEnabled: false }]),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', evidence: { loggedTunnels: ['198.51.100.1', '198.51.100.2'] } },
      { status: 'FAIL', message: 'VPN connection vpn-half logs 1 of its 2 tunnels to CloudWatch Logs.' },
    ]);
  });

  it('is an ERROR when the VPN connections cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.vpnConnections', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
