import type { Ec2VpnConnection } from '../../inventory/ec2.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function vpnConnectionResource(connection: Ec2VpnConnection): ResourceRef {
  return { id: connection.arn, type: 'AwsEc2VpnConnection' };
}

/**
 * FSBP EC2.20: both tunnels of every Site-to-Site VPN connection are UP, so losing one still leaves a path.
 * A tunnel AWS reports no status for is not UP.
 */
export const ec2VpnTunnelsUp = defineCheck({
  id: 'ec2-vpn-tunnels-up',
  title: 'Both tunnels of every Site-to-Site VPN connection are up',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpnConnections'],
  compliance: { 'aws-fsbp': ['EC2.20'] },
  remediation: {
    text: 'Configure the customer gateway device for both tunnels of the connection (the downloadable configuration has both) and check the tunnel logs for why a tunnel does not come up.',
    url: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html',
  },
  evaluate(ctx) {
    const connections = ctx.slice('ec2.vpnConnections');
    if (connections.length === 0)
      return [pass(ctx.scopeResource, `No Site-to-Site VPN connections in ${ctx.region}.`)];
    return connections.map((connection) => {
      const up = connection.tunnels.filter((tunnel) => tunnel.status === 'UP').length;
      const evidence = {
        state: connection.state,
        tunnelsUp: up,
        tunnelStatuses: connection.tunnels.map(
          (tunnel) => `${tunnel.outsideIpAddress} ${tunnel.status ?? 'unreported'}`,
        ),
      };
      const resource = vpnConnectionResource(connection);
      return up >= 2
        ? pass(resource, `Both tunnels of VPN connection ${connection.id} are up.`, evidence)
        : fail(resource, `VPN connection ${connection.id} has ${up} of its 2 tunnels up.`, evidence);
    });
  },
});
