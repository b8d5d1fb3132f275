import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import {
  ec2FlowLogsCollector,
  ec2InstanceMetadataDefaultsCollector,
  ec2InstancesCollector,
  ec2NetworkAclsCollector,
  ec2SecurityGroupsCollector,
  ec2VolumesCollector,
  ec2VpcsCollector,
} from '../../collectors/ec2.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type NetworkState, NetworkStateSchema } from '../state/network-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(network?: NetworkState): SimulatedAccount {
  const template = ORG.accounts[0]!;
  return { ...template, id: ACCOUNT_ID, services: network ? { network } : {} };
}

/** Calls one handler as `account` in `region` with the SDK input. */
function call(operation: string, input: object, account = caller(), region = 'eu-west-1') {
  return callSimulated(`ec2:${operation}`, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated EC2: a region nobody configured looks like a fresh account', () => {
  it('has one default VPC with generated ids, AWS default rules and no flow logs', () => {
    expect(call('DescribeVpcs', {}).Vpcs).toMatchObject([
      { VpcId: 'vpc-0d123456789012009', IsDefault: true, OwnerId: ACCOUNT_ID, CidrBlock: '172.31.0.0/16' },
    ]);
    expect(call('DescribeSecurityGroups', {}).SecurityGroups).toEqual([
      expect.objectContaining({
        GroupId: 'sg-0d123456789012009',
        GroupName: 'default',
        SecurityGroupArn: `arn:aws:ec2:eu-west-1:${ACCOUNT_ID}:security-group/sg-0d123456789012009`,
        IpPermissions: [
          expect.objectContaining({
            IpProtocol: '-1',
            UserIdGroupPairs: [{ GroupId: 'sg-0d123456789012009', UserId: ACCOUNT_ID }],
          }),
        ],
        IpPermissionsEgress: [
          expect.objectContaining({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
        ],
      }),
    ]);
    const [acl] = call('DescribeNetworkAcls', {}).NetworkAcls;
    expect(acl).toMatchObject({ NetworkAclId: 'acl-0d123456789012009', IsDefault: true });
    expect(
      acl.Entries.map((entry: { RuleNumber: number; Egress: boolean; RuleAction: string }) => [
        entry.RuleNumber,
        entry.Egress,
        entry.RuleAction,
      ]),
    ).toEqual([
      [100, false, 'allow'],
      [100, true, 'allow'],
      [32767, false, 'deny'],
      [32767, true, 'deny'],
    ]);
    expect(call('DescribeFlowLogs', {}).FlowLogs).toEqual([]);
    expect(call('GetEbsEncryptionByDefault', {})).toMatchObject({ EbsEncryptionByDefault: false });
    expect(call('GetInstanceMetadataDefaults', {})).toEqual({ AccountLevel: {} });
    expect(call('DescribeInstances', {}).Reservations).toEqual([]);
    expect(call('DescribeVolumes', {}).Volumes).toEqual([]);
  });

  it('numbers generated ids by region, so every region has its own', () => {
    expect(call('DescribeVpcs', {}, caller(), 'us-east-1').Vpcs[0].VpcId).toBe('vpc-0d12345678901200d');
  });
});

describe('simulated EC2 state', () => {
  const state: NetworkState = {
    everyRegion: { defaultVpc: false, ebsEncryptionByDefault: true },
    regions: {
      'eu-west-1': {
        vpcs: [
          {
            id: 'vpc-1',
            cidrBlock: '10.0.0.0/16',
            ipv6CidrBlock: '2001:db8::/56',
            defaultSecurityGroup: { id: 'sg-d' },
            defaultNetworkAcl: { id: 'acl-d' },
            flowLogs: [{ id: 'fl-1', trafficType: 'REJECT', deliveryFailing: true }],
          },
        ],
        securityGroups: Array.from({ length: 6 }, (_, index) => ({
          id: `sg-${index}`,
          name: `group-${index}`,
          vpcId: 'vpc-1',
          ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['0.0.0.0/0'] }],
          egress: [],
        })),
        networkAcls: [
          {
            id: 'acl-1',
            vpcId: 'vpc-1',
            entries: [
              {
                ruleNumber: 10,
                egress: false,
                protocol: 'tcp',
                fromPort: 22,
                toPort: 22,
                ipv6Cidr: '::/0',
                action: 'deny',
              },
            ],
          },
        ],
        instances: [
          { id: 'i-1', state: 'running', instanceProfile: 'app', httpTokens: 'required' },
          { id: 'i-2', state: 'terminated', httpTokens: 'optional' },
          { id: 'i-3', state: 'stopped', httpTokens: 'optional', httpEndpoint: 'disabled' },
        ],
        volumes: [{ id: 'vol-1', sizeGiB: 8, encrypted: false, attachedTo: 'i-1' }],
        instanceMetadataDefaults: { httpTokens: 'required' },
      },
    },
  };
  const account = caller(state);

  it('uses the region entry where there is one, else everyRegion', () => {
    expect(call('DescribeVpcs', {}, account, 'us-east-1').Vpcs).toEqual([]);
    expect(call('GetEbsEncryptionByDefault', {}, account, 'us-east-1').EbsEncryptionByDefault).toBe(true);
    // The region entry replaces everyRegion: its default VPC is back, EBS encryption by default is off.
    expect(call('DescribeVpcs', {}, account).Vpcs.map((vpc: { VpcId: string }) => vpc.VpcId)).toEqual([
      'vpc-0d123456789012009',
      'vpc-1',
    ]);
    expect(call('GetEbsEncryptionByDefault', {}, account).EbsEncryptionByDefault).toBe(false);
  });

  it('pages security groups with MaxResults and NextToken, and refuses page sizes AWS refuses', () => {
    const first = call('DescribeSecurityGroups', { MaxResults: 5 }, account);
    expect(first.SecurityGroups).toHaveLength(5);
    const second = call('DescribeSecurityGroups', { MaxResults: 5, NextToken: first.NextToken }, account);
    expect(second.SecurityGroups).toHaveLength(3);
    expect(second.NextToken).toBeUndefined();
    expect(() => call('DescribeSecurityGroups', { MaxResults: 4 }, account)).toThrow(
      expect.objectContaining({ name: 'InvalidParameterValue' }),
    );
  });

  it('adds the IPv6 default entries and catch-all denies of a dual-stack VPC to its network ACLs', () => {
    const acls = call('DescribeNetworkAcls', {}, account).NetworkAcls;
    const rules = (id: string) =>
      acls
        .find((acl: { NetworkAclId: string }) => acl.NetworkAclId === id)
        .Entries.filter((entry: { Egress: boolean }) => !entry.Egress)
        .map(
          (entry: {
            RuleNumber: number;
            Protocol: string;
            CidrBlock?: string;
            Ipv6CidrBlock?: string;
            PortRange?: object;
          }) => [entry.RuleNumber, entry.Protocol, entry.CidrBlock ?? entry.Ipv6CidrBlock, entry.PortRange],
        );
    expect(rules('acl-d')).toEqual([
      [100, '-1', '0.0.0.0/0', undefined],
      [101, '-1', '::/0', undefined],
      [32767, '-1', '0.0.0.0/0', undefined],
      [32768, '-1', '::/0', undefined],
    ]);
    expect(rules('acl-1')).toEqual([
      [10, '6', '::/0', { From: 22, To: 22 }],
      [32767, '-1', '0.0.0.0/0', undefined],
      [32768, '-1', '::/0', undefined],
    ]);
  });

  it('filters instances by state name and refuses filters it does not implement', () => {
    const live = call(
      'DescribeInstances',
      {
        Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }],
      },
      account,
    );
    expect(
      live.Reservations.map(
        (reservation: { Instances: Array<{ InstanceId: string }> }) => reservation.Instances[0]?.InstanceId,
      ),
    ).toEqual(['i-1', 'i-3']);
    expect(live.Reservations[0].Instances[0]).toMatchObject({
      IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/app` },
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
    });
    expect(() =>
      call('DescribeInstances', { Filters: [{ Name: 'tag:Name', Values: ['x'] }] }, account),
    ).toThrow(/does not implement filter tag:Name/);
  });

  it("refuses a security group named 'default' besides the VPC's own, as AWS does", () => {
    const group = (name: string) => ({ id: 'sg-1', name, vpcId: 'vpc-1', ingress: [], egress: [] });
    const withGroup = (name: string) => ({ everyRegion: { securityGroups: [group(name)] } });
    expect(Value.Check(NetworkStateSchema, withGroup('default'))).toBe(false);
    expect(Value.Check(NetworkStateSchema, withGroup('default-web'))).toBe(true);
  });

  it('reports flow log delivery failures, volumes and metadata defaults', () => {
    expect(
      call('DescribeFlowLogs', { Filter: [{ Name: 'resource-id', Values: ['vpc-1'] }] }, account).FlowLogs,
    ).toMatchObject([
      {
        FlowLogId: 'fl-1',
        ResourceId: 'vpc-1',
        FlowLogStatus: 'ACTIVE',
        TrafficType: 'REJECT',
        DeliverLogsStatus: 'FAILED',
      },
    ]);
    expect(call('DescribeVolumes', {}, account).Volumes).toMatchObject([
      { VolumeId: 'vol-1', Encrypted: false, State: 'in-use', Attachments: [{ InstanceId: 'i-1' }] },
    ]);
    expect(call('GetInstanceMetadataDefaults', {}, account)).toEqual({
      AccountLevel: { HttpTokens: 'required', ManagedBy: 'account' },
    });
  });
});

describe('the demo organization through the EC2 collectors', () => {
  it("collects prod-web's planted eu-west-1 posture", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const ctx = account.context('eu-west-1');
      const vpcs = await ec2VpcsCollector.collect(ctx);
      expect(vpcs.map((vpc) => [vpc.id, vpc.isDefault])).toEqual([
        ['vpc-0d444444444444009', true],
        ['vpc-044cc000000000001', false],
      ]);
      const groups = await ec2SecurityGroupsCollector.collect(ctx);
      expect(groups.find((group) => group.name === 'web-admin')?.ingress).toMatchObject([
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] },
        { protocol: 'tcp', fromPort: 3389, toPort: 3389, ipv6Ranges: ['::/0'] },
      ]);
      const acls = await ec2NetworkAclsCollector.collect(ctx);
      expect(acls.find((acl) => acl.id === 'acl-044cc000000000001')?.entries).toContainEqual({
        ruleNumber: 101,
        egress: false,
        protocol: '-1',
        fromPort: null,
        toPort: null,
        cidrIpv4: null,
        cidrIpv6: '::/0',
        action: 'allow',
      });
      const instances = await ec2InstancesCollector.collect(ctx);
      expect(
        instances.map((instance) => [
          instance.id,
          instance.iamInstanceProfileArn,
          instance.metadataHttpTokens,
        ]),
      ).toEqual([
        ['i-044cc000000000001', null, 'optional'],
        [
          'i-044cc000000000002',
          `arn:aws:iam::${DEMO_ACCOUNTS.prodWeb}:instance-profile/web-server`,
          'required',
        ],
      ]);
      expect(await ec2FlowLogsCollector.collect(ctx)).toMatchObject([
        { resourceId: 'vpc-044cc000000000001', trafficType: 'ACCEPT' },
      ]);
      expect(await ec2VolumesCollector.collect(ctx)).toHaveLength(2);
      expect(await ec2InstanceMetadataDefaultsCollector.collect(ctx)).toEqual({
        httpTokens: null,
        httpEndpoint: null,
        managedBy: null,
      });
    } finally {
      account.close();
    }
  });
});
