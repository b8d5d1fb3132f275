import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { vpnConnectionResource } from './ec2-vpn-tunnels-up.js';

/** Every Site-to-Site VPN connection has two tunnels. */
const TUNNELS_PER_CONNECTION = 2;

/** FSBP EC2.171: both tunnels of every Site-to-Site VPN connection log their activity to CloudWatch Logs. */
export const ec2VpnTunnelLoggingEnabled = defineCheck({
  id: 'ec2-vpn-tunnel-logging-enabled',
  title: 'Site-to-Site VPN tunnels log to CloudWatch Logs',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpnConnections'],
  compliance: { 'aws-fsbp': ['EC2.171'] },
  remediation: {
    text: 'Turn on tunnel activity logging to a CloudWatch Logs log group for both tunnels of the connection.',
    cli: 'aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <ip> --tunnel-options \'{"LogOptions":{"CloudWatchLogOptions":{"LogEnabled":true,"LogGroupArn":"<log-group-arn>"}}}\'',
    url: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-logs.html',
  },
  evaluate(ctx) {
    const connections = ctx.slice('ec2.vpnConnections');
    if (connections.length === 0)
      return [pass(ctx.scopeResource, `No Site-to-Site VPN connections in ${ctx.region}.`)];
    return connections.map((connection) => {
      const logged = connection.tunnels.filter((tunnel) => tunnel.cloudWatchLogEnabled);
      const evidence = { loggedTunnels: logged.map((tunnel) => tunnel.outsideIpAddress) };
      const resource = vpnConnectionResource(connection);
      return logged.length >= TUNNELS_PER_CONNECTION
        ? pass(resource, `Both tunnels of VPN connection ${connection.id} log to CloudWatch Logs.`, evidence)
        : fail(
            resource,
            `VPN connection ${connection.id} logs ${logged.length} of its ${TUNNELS_PER_CONNECTION} tunnels to CloudWatch Logs.`,
            evidence,
          );
    });
  },
});
