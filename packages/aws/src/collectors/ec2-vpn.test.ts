import {
  DescribeClientVpnEndpointsCommand,
  DescribeVpnConnectionsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2ClientVpnEndpointsCollector, ec2VpnConnectionsCollector } from './ec2-vpn.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2VpnConnectionsCollector', () => {
  it('matches tunnel status and logging by outside address and leaves deleted connections out', async () => {
    ec2.on(DescribeVpnConnectionsCommand).resolves({
      VpnConnections: [
        {
          VpnConnectionId: 'vpn-1',
          State: 'available',
          VgwTelemetry: [
            { OutsideIpAddress: '198.51.100.2', Status: 'DOWN' },
            { OutsideIpAddress: '198.51.100.1', Status: 'UP' },
          ],
          Options: {
            TunnelOptions: [
              {
                OutsideIpAddress: '198.51.100.1',
                LogOptions: { CloudWatchLogOptions: { LogEnabled: true } },
              },
              { OutsideIpAddress: '198.51.100.2' },
            ],
          },
        },
        { VpnConnectionId: 'vpn-2', State: 'pending' },
        { VpnConnectionId: 'vpn-gone', State: 'deleted' },
      ],
    });
    await expect(ec2VpnConnectionsCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:vpn-connection/vpn-1`,
        id: 'vpn-1',
        state: 'available',
        tunnels: [
          { outsideIpAddress: '198.51.100.1', status: 'UP', cloudWatchLogEnabled: true },
          { outsideIpAddress: '198.51.100.2', status: 'DOWN', cloudWatchLogEnabled: false },
        ],
      },
      { arn: `${ARN}:vpn-connection/vpn-2`, id: 'vpn-2', state: 'pending', tunnels: [] },
    ]);
    expect(ec2.commandCalls(DescribeVpnConnectionsCommand)).toHaveLength(1);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeVpnConnectionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    await expect(ec2VpnConnectionsCollector.collect(context())).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeVpnConnections',
    });
  });
});

describe('ec2ClientVpnEndpointsCollector', () => {
  it('follows NextToken, maps connection logging and leaves deleted endpoints out', async () => {
    ec2
      .on(DescribeClientVpnEndpointsCommand, { NextToken: undefined })
      .resolves({
        ClientVpnEndpoints: [
          {
            ClientVpnEndpointId: 'cvpn-endpoint-1',
            Status: { Code: 'available' },
            ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'vpn' },
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeClientVpnEndpointsCommand, { NextToken: 'page-2' })
      .resolves({
        ClientVpnEndpoints: [
          { ClientVpnEndpointId: 'cvpn-endpoint-2', Status: { Code: 'pending-associate' } },
          { ClientVpnEndpointId: 'cvpn-endpoint-3', Status: { Code: 'deleted' } },
        ],
      });
    await expect(ec2ClientVpnEndpointsCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:client-vpn-endpoint/cvpn-endpoint-1`,
        id: 'cvpn-endpoint-1',
        connectionLoggingEnabled: true,
      },
      {
        arn: `${ARN}:client-vpn-endpoint/cvpn-endpoint-2`,
        id: 'cvpn-endpoint-2',
        connectionLoggingEnabled: false,
      },
    ]);
    const inputs = ec2.commandCalls(DescribeClientVpnEndpointsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }]);
  });

  it('propagates AccessDenied', async () => {
    ec2.on(DescribeClientVpnEndpointsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2ClientVpnEndpointsCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'ec2:DescribeClientVpnEndpoints',
    });
  });
});
