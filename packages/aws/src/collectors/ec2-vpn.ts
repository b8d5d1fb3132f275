import {
  type ClientVpnEndpoint,
  DescribeClientVpnEndpointsCommand,
  DescribeVpnConnectionsCommand,
  type VpnConnection,
} from '@aws-sdk/client-ec2';
import type { Ec2VpnTunnel } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';

/** The largest page DescribeClientVpnEndpoints accepts. */
const MAX_CLIENT_VPN_RESULTS = 1000;

/**
 * The tunnels of a connection: their status from VgwTelemetry, their logging from TunnelOptions, matched by
 * outside IP address (the two lists are not guaranteed to be in the same order).
 */
export function vpnTunnels(connection: VpnConnection): Ec2VpnTunnel[] {
  const telemetry = connection.VgwTelemetry ?? [];
  const options = connection.Options?.TunnelOptions ?? [];
  const addresses = [
    ...new Set(
      [
        ...options.map((tunnel) => tunnel.OutsideIpAddress),
        ...telemetry.map((tunnel) => tunnel.OutsideIpAddress),
      ].filter((address): address is string => address !== undefined),
    ),
  ];
  return addresses.map((address) => ({
    outsideIpAddress: address,
    status: telemetry.find((tunnel) => tunnel.OutsideIpAddress === address)?.Status ?? null,
    cloudWatchLogEnabled:
      options.find((tunnel) => tunnel.OutsideIpAddress === address)?.LogOptions?.CloudWatchLogOptions
        ?.LogEnabled === true,
  }));
}

/** Site-to-Site VPN connections of the region (DescribeVpnConnections answers them all at once). */
export const ec2VpnConnectionsCollector: RegionalCollector<'ec2.vpnConnections'> = {
  slice: 'ec2.vpnConnections',
  async collect(ctx) {
    const answer = await ctx.api.call(ctx.region, 'ec2', new DescribeVpnConnectionsCommand({}));
    return (answer.VpnConnections ?? [])
      .filter((connection) => connection.VpnConnectionId && connection.State !== 'deleted')
      .map((connection) => ({
        arn: ec2Arn(ctx, `vpn-connection/${connection.VpnConnectionId}`),
        id: connection.VpnConnectionId!,
        state: connection.State ?? 'unknown',
        tunnels: vpnTunnels(connection),
      }));
  },
};

function isLive(endpoint: ClientVpnEndpoint): boolean {
  const code = endpoint.Status?.Code;
  return code !== 'deleted' && code !== 'deleting';
}

/** Client VPN endpoints of the region, every page. */
export const ec2ClientVpnEndpointsCollector: RegionalCollector<'ec2.clientVpnEndpoints'> = {
  slice: 'ec2.clientVpnEndpoints',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeClientVpnEndpointsCommand({ MaxResults: MAX_CLIENT_VPN_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.ClientVpnEndpoints ?? [])
      .filter((endpoint) => endpoint.ClientVpnEndpointId && isLive(endpoint))
      .map((endpoint) => ({
        arn: ec2Arn(ctx, `client-vpn-endpoint/${endpoint.ClientVpnEndpointId}`),
        id: endpoint.ClientVpnEndpointId!,
        connectionLoggingEnabled: endpoint.ConnectionLogOptions?.Enabled === true,
      }));
  },
};
