import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { ec2InstancesCollector, ec2NetworkAclsCollector } from '../../collectors/ec2.js';
import { ec2LaunchTemplatesCollector } from '../../collectors/ec2-launch-templates.js';
import { ec2NetworkInterfacesCollector } from '../../collectors/ec2-network-interfaces.js';
import { ec2SnapshotsCollector } from '../../collectors/ec2-snapshots.js';
import { ec2SpotFleetRequestsCollector } from '../../collectors/ec2-spot-fleet-requests.js';
import { ec2SubnetsCollector } from '../../collectors/ec2-subnets.js';
import { ec2TransitGatewaysCollector } from '../../collectors/ec2-transit-gateways.js';
import { ec2VpcBlockPublicAccessCollector } from '../../collectors/ec2-vpc-block-public-access.js';
import { ec2VpcEndpointsCollector } from '../../collectors/ec2-vpc-endpoints.js';
import { ec2ClientVpnEndpointsCollector, ec2VpnConnectionsCollector } from '../../collectors/ec2-vpn.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { Ec2StateSchema } from '../state/ec2-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';
const FRESH: SimulatedAccount = { ...ORG.accounts[0]!, id: ACCOUNT_ID, services: {} };

function call(operation: string, input: object, account = FRESH, region = 'eu-west-1') {
  return callSimulated(`ec2:${operation}`, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated EC2 beyond the VPC basics: a fresh region', () => {
  it('gives the default VPC three public default subnets, used by its default network ACL', () => {
    const subnets = call('DescribeSubnets', {}).Subnets;
    expect(
      subnets.map((subnet: { SubnetId: string; DefaultForAz: boolean; MapPublicIpOnLaunch: boolean }) => [
        subnet.SubnetId,
        subnet.DefaultForAz,
        subnet.MapPublicIpOnLaunch,
      ]),
    ).toEqual([
      ['subnet-0d1234567890120090', true, true],
      ['subnet-0d1234567890120091', true, true],
      ['subnet-0d1234567890120092', true, true],
    ]);
    const [acl] = call('DescribeNetworkAcls', {}).NetworkAcls;
    expect(acl.Associations.map((association: { SubnetId: string }) => association.SubnetId)).toEqual(
      subnets.map((subnet: { SubnetId: string }) => subnet.SubnetId),
    );
  });

  it('has no endpoints, launch templates, VPN, transit gateways, snapshots, and Block Public Access off', () => {
    expect(call('DescribeVpcEndpoints', {}).VpcEndpoints).toEqual([]);
    expect(call('DescribeLaunchTemplates', {}).LaunchTemplates).toEqual([]);
    expect(call('DescribeVpnConnections', {}).VpnConnections).toEqual([]);
    expect(call('DescribeTransitGateways', {}).TransitGateways).toEqual([]);
    expect(call('DescribeClientVpnEndpoints', {}).ClientVpnEndpoints).toEqual([]);
    expect(call('DescribeSnapshots', { OwnerIds: ['self'] }).Snapshots).toEqual([]);
    expect(call('DescribeNetworkInterfaces', {}).NetworkInterfaces).toEqual([]);
    expect(call('DescribeSpotFleetRequests', {}).SpotFleetRequestConfigs).toEqual([]);
    expect(call('DescribeVpcBlockPublicAccessOptions', {}).VpcBlockPublicAccessOptions).toMatchObject({
      InternetGatewayBlockMode: 'off',
      State: 'default-state',
    });
  });

  it('answers AWS errors for unknown launch templates and snapshots', () => {
    expect(() => call('DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-0missing' })).toThrow(
      expect.objectContaining({ name: 'InvalidLaunchTemplateId.NotFound' }),
    );
    expect(() =>
      call('DescribeSnapshotAttribute', { SnapshotId: 'snap-0missing', Attribute: 'createVolumePermission' }),
    ).toThrow(expect.objectContaining({ name: 'InvalidSnapshot.NotFound' }));
  });

  it('refuses page sizes EC2 refuses', () => {
    expect(() => call('DescribeSubnets', { MaxResults: 2 })).toThrow(
      expect.objectContaining({ name: 'InvalidParameterValue' }),
    );
  });
});

describe('the demo organization through the new EC2 collectors', () => {
  it('keeps the demo state valid against its schema', () => {
    for (const account of ORG.accounts) {
      const ec2 = account.services?.ec2;
      if (ec2) expect(Value.Errors(Ec2StateSchema, ec2).First()).toBeUndefined();
    }
  });

  it("collects prod-data's planted us-east-1 posture", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const ctx = account.context('us-east-1');
      expect(await ec2SubnetsCollector.collect(ctx)).toMatchObject([
        { id: 'subnet-055dd000000000001', vpcId: 'vpc-055dd000000000001', mapPublicIpOnLaunch: false },
      ]);
      const acls = await ec2NetworkAclsCollector.collect(ctx);
      expect(acls.map((acl) => [acl.id, acl.associatedSubnetIds])).toEqual([
        ['acl-055dd000000000001', []],
        ['acl-055dd000000000002', ['subnet-055dd000000000001']],
      ]);
      expect(await ec2VpnConnectionsCollector.collect(ctx)).toMatchObject([
        {
          id: 'vpn-055dd000000000001',
          tunnels: [
            { status: 'UP', cloudWatchLogEnabled: true },
            { status: 'DOWN', cloudWatchLogEnabled: true },
          ],
        },
        {
          id: 'vpn-055dd000000000002',
          tunnels: [
            { status: 'UP', cloudWatchLogEnabled: false },
            { status: 'UP', cloudWatchLogEnabled: false },
          ],
        },
      ]);
      const snapshots = await ec2SnapshotsCollector.collect(ctx);
      expect(snapshots.map((snapshot) => [snapshot.id, snapshot.createVolumePermission])).toEqual([
        ['snap-055dd000000000001', { ok: true, value: { public: false, accountIds: ['333333333333'] } }],
        ['snap-055dd000000000002', { ok: true, value: { public: true, accountIds: [] } }],
      ]);
      const [instance] = await ec2InstancesCollector.collect(ctx);
      const interfaces = await ec2NetworkInterfacesCollector.collect(ctx);
      expect(interfaces.map((eni) => [eni.id, eni.instanceId, eni.sourceDestCheck])).toEqual([
        ['eni-055dd0000000000010', 'i-055dd000000000001', true],
        ['eni-055dd0000000000011', 'i-055dd000000000001', true],
      ]);
      expect(instance?.networkInterfaceCount).toBe(2);
      expect(await ec2VpcBlockPublicAccessCollector.collect(ctx)).toEqual({
        internetGatewayBlockMode: 'off',
      });
    } finally {
      await account.close();
    }
  });

  it("collects management's endpoints and launch template, and the other accounts' VPN and gateways", async () => {
    const management = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.management, NOW);
    try {
      const ctx = management.context('us-east-1');
      const endpoints = await ec2VpcEndpointsCollector.collect(ctx);
      expect(endpoints.map((endpoint) => endpoint.serviceName)).toContain(
        'com.amazonaws.us-east-1.ssm-incidents',
      );
      expect(
        endpoints.every((endpoint) => endpoint.state === 'available' && endpoint.type === 'Interface'),
      ).toBe(true);
      expect(await ec2LaunchTemplatesCollector.collect(ctx)).toMatchObject([
        {
          id: 'lt-011aa000000000001',
          name: 'app-server',
          defaultVersion: {
            ok: true,
            value: { metadataHttpTokens: 'required', associatesPublicIp: false, unencryptedEbsDevices: [] },
          },
        },
      ]);
    } finally {
      await management.close();
    }
    const shared = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.sharedServices, NOW);
    try {
      expect(await ec2SpotFleetRequestsCollector.collect(shared.context('us-east-1'))).toMatchObject([
        { id: 'sfr-099ee000000000001', launchSpecificationCount: 1, unencryptedEbsDevices: ['/dev/xvdb'] },
        { id: 'sfr-099ee000000000002', launchSpecificationCount: 1, unencryptedEbsDevices: [] },
      ]);
      expect(await ec2TransitGatewaysCollector.collect(shared.context('us-east-1'))).toMatchObject([
        { id: 'tgw-099ee000000000001', autoAcceptSharedAttachments: true },
        { id: 'tgw-099ee000000000002', autoAcceptSharedAttachments: false },
      ]);
    } finally {
      await shared.close();
    }
    const web = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      expect(await ec2ClientVpnEndpointsCollector.collect(web.context('eu-west-1'))).toMatchObject([
        { id: 'cvpn-endpoint-044cc00000000001', connectionLoggingEnabled: false },
      ]);
    } finally {
      await web.close();
    }
  });
});
