import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  GetEbsEncryptionByDefaultCommand,
  GetInstanceMetadataDefaultsCommand,
  type IpPermission,
  type NetworkAclEntry,
} from '@aws-sdk/client-ec2';
import type { Ec2NetworkAclEntry, Ec2SecurityGroupRule } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { CollectorContext, RegionalCollector } from './collector.js';

/** The largest page each Describe operation accepts: fewer round trips for large accounts. */
const MAX_RESULTS = 1000;
const MAX_VOLUME_RESULTS = 500;

/** Instances that exist; terminated ones linger in DescribeInstances for an hour and are not judged. */
const LIVE_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped'];

const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

/**
 * Security group rules name protocols ('tcp'), NACL entries number them ('6'): both become names. A rule
 * without a protocol is read as all traffic, the widest reading, so it can never hide an exposure.
 */
export function protocolName(raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw.toLowerCase() === 'all') return '-1';
  const lower = raw.toLowerCase();
  return PROTOCOL_NAMES[lower] ?? lower;
}

/** The ARN of an EC2 resource; `owner` when AWS names another account (shared resources). */
export function ec2Arn({ partition, region, accountId }: CollectorContext, resource: string, owner?: string) {
  return `arn:${partition}:ec2:${region}:${owner ?? accountId}:${resource}`;
}

export function securityGroupRule(permission: IpPermission): Ec2SecurityGroupRule {
  const protocol = protocolName(permission.IpProtocol);
  const allPorts = protocol === '-1';
  return {
    protocol,
    fromPort: allPorts ? null : (permission.FromPort ?? null),
    toPort: allPorts ? null : (permission.ToPort ?? null),
    ipv4Ranges: (permission.IpRanges ?? []).flatMap((range) => (range.CidrIp ? [range.CidrIp] : [])),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).flatMap((range) => (range.CidrIpv6 ? [range.CidrIpv6] : [])),
    prefixListIds: (permission.PrefixListIds ?? []).flatMap((list) =>
      list.PrefixListId ? [list.PrefixListId] : [],
    ),
    referencedGroupIds: (permission.UserIdGroupPairs ?? []).flatMap((pair) =>
      pair.GroupId ? [pair.GroupId] : [],
    ),
  };
}

export function networkAclEntry(entry: NetworkAclEntry): Ec2NetworkAclEntry {
  const protocol = protocolName(entry.Protocol);
  const ported = (protocol === 'tcp' || protocol === 'udp') && entry.PortRange !== undefined;
  return {
    ruleNumber: entry.RuleNumber ?? 0,
    egress: entry.Egress ?? false,
    protocol,
    fromPort: ported ? (entry.PortRange?.From ?? null) : null,
    toPort: ported ? (entry.PortRange?.To ?? null) : null,
    cidrIpv4: entry.CidrBlock ?? null,
    cidrIpv6: entry.Ipv6CidrBlock ?? null,
    action: entry.RuleAction === 'allow' ? 'allow' : 'deny',
  };
}

/** The timestamp AWS writes into StateTransitionReason: "User initiated (2026-01-02 03:04:05 GMT)". */
const TRANSITION_TIMESTAMP = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/;

/** The time of the instance's last state transition as ISO 8601, or null when the reason carries none. */
export function stateTransitionTime(reason: string | undefined): string | null {
  const match = reason?.match(TRANSITION_TIMESTAMP);
  if (!match) return null;
  const time = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

export const ec2EbsEncryptionByDefaultCollector: RegionalCollector<'ec2.ebsEncryptionByDefault'> = {
  slice: 'ec2.ebsEncryptionByDefault',
  async collect({ api, region }) {
    const answer = await api.call(region, 'ec2', new GetEbsEncryptionByDefaultCommand({}));
    return { enabled: answer.EbsEncryptionByDefault === true };
  },
};

export const ec2InstanceMetadataDefaultsCollector: RegionalCollector<'ec2.instanceMetadataDefaults'> = {
  slice: 'ec2.instanceMetadataDefaults',
  async collect({ api, region }) {
    const { AccountLevel: defaults = {} } = await api.call(
      region,
      'ec2',
      new GetInstanceMetadataDefaultsCommand({}),
    );
    return {
      httpTokens: defaults.HttpTokens ?? null,
      httpEndpoint: defaults.HttpEndpoint ?? null,
      managedBy: defaults.ManagedBy ?? null,
    };
  },
};

export const ec2VolumesCollector: RegionalCollector<'ec2.volumes'> = {
  slice: 'ec2.volumes',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeVolumesCommand({ MaxResults: MAX_VOLUME_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.Volumes ?? [])
      .filter((volume) => volume.VolumeId)
      .map((volume) => ({
        arn: volume.VolumeArn ?? ec2Arn(ctx, `volume/${volume.VolumeId}`, volume.OwnerId),
        id: volume.VolumeId!,
        encrypted: volume.Encrypted === true,
        state: volume.State ?? 'unknown',
        attachmentCount: volume.Attachments?.length ?? 0,
      }));
  },
};

export const ec2InstancesCollector: RegionalCollector<'ec2.instances'> = {
  slice: 'ec2.instances',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeInstancesCommand({
            Filters: [{ Name: 'instance-state-name', Values: LIVE_INSTANCE_STATES }],
            MaxResults: MAX_RESULTS,
            NextToken: token,
          }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.Reservations ?? [])
      .flatMap((reservation) =>
        (reservation.Instances ?? []).map((instance) => ({ instance, owner: reservation.OwnerId })),
      )
      .filter(({ instance }) => instance.InstanceId)
      .map(({ instance, owner }) => ({
        arn: ec2Arn(ctx, `instance/${instance.InstanceId}`, owner),
        id: instance.InstanceId!,
        state: instance.State?.Name ?? 'unknown',
        iamInstanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
        metadataHttpTokens: instance.MetadataOptions?.HttpTokens ?? null,
        metadataHttpEndpoint: instance.MetadataOptions?.HttpEndpoint ?? null,
        publicIpAddress: instance.PublicIpAddress ?? null,
        networkInterfaceCount: instance.NetworkInterfaces?.length ?? 0,
        virtualizationType: instance.VirtualizationType ?? null,
        launchTime: instance.LaunchTime?.toISOString() ?? null,
        stateTransitionTime: stateTransitionTime(instance.StateTransitionReason),
      }));
  },
};

export const ec2SecurityGroupsCollector: RegionalCollector<'ec2.securityGroups'> = {
  slice: 'ec2.securityGroups',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeSecurityGroupsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.SecurityGroups ?? [])
      .filter((group) => group.GroupId)
      .map((group) => ({
        arn: group.SecurityGroupArn ?? ec2Arn(ctx, `security-group/${group.GroupId}`, group.OwnerId),
        id: group.GroupId!,
        name: group.GroupName ?? group.GroupId!,
        vpcId: group.VpcId ?? null,
        isDefault: group.GroupName === 'default',
        ingress: (group.IpPermissions ?? []).map(securityGroupRule),
        egress: (group.IpPermissionsEgress ?? []).map(securityGroupRule),
      }));
  },
};

export const ec2NetworkAclsCollector: RegionalCollector<'ec2.networkAcls'> = {
  slice: 'ec2.networkAcls',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeNetworkAclsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.NetworkAcls ?? [])
      .filter((acl) => acl.NetworkAclId)
      .map((acl) => ({
        arn: ec2Arn(ctx, `network-acl/${acl.NetworkAclId}`, acl.OwnerId),
        id: acl.NetworkAclId!,
        vpcId: acl.VpcId ?? null,
        isDefault: acl.IsDefault === true,
        entries: (acl.Entries ?? []).map(networkAclEntry),
        associatedSubnetIds: (acl.Associations ?? []).flatMap((association) =>
          association.SubnetId ? [association.SubnetId] : [],
        ),
      }));
  },
};

export const ec2VpcsCollector: RegionalCollector<'ec2.vpcs'> = {
  slice: 'ec2.vpcs',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeVpcsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return (
      pages
        .flatMap((page) => page.Vpcs ?? [])
        // A VPC shared into the account belongs to (and is logged by) its owner: judge it there only.
        .filter((vpc) => vpc.VpcId && (vpc.OwnerId === undefined || vpc.OwnerId === ctx.accountId))
        .map((vpc) => ({
          arn: ec2Arn(ctx, `vpc/${vpc.VpcId}`),
          id: vpc.VpcId!,
          isDefault: vpc.IsDefault === true,
        }))
    );
  },
};

export const ec2FlowLogsCollector: RegionalCollector<'ec2.flowLogs'> = {
  slice: 'ec2.flowLogs',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeFlowLogsCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.FlowLogs ?? [])
      .filter((flowLog) => flowLog.FlowLogId && flowLog.ResourceId)
      .map((flowLog) => ({
        id: flowLog.FlowLogId!,
        resourceId: flowLog.ResourceId!,
        status: flowLog.FlowLogStatus ?? 'unknown',
        trafficType: flowLog.TrafficType ?? null,
        deliverLogsStatus: flowLog.DeliverLogsStatus ?? null,
      }));
  },
};
