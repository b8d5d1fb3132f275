import type * as Ec2 from '@aws-sdk/client-ec2';
import type {
  FlowLog,
  Instance,
  IpPermission,
  LaunchTemplate,
  LaunchTemplateVersion,
  NetworkAcl,
  NetworkAclEntry,
  NetworkInterface,
  SecurityGroup,
  Snapshot,
  Subnet,
  Volume,
  Vpc,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { simulatedError } from '../simulated-error.js';
import type { RegionEc2State, SimulatedLaunchTemplate, SimulatedSubnet } from '../state/ec2-state.js';
import type {
  RegionNetworkState,
  SimulatedNetworkAclEntry,
  SimulatedSecurityGroupRule,
  SimulatedVpc,
} from '../state/network-state.js';
import { daysBefore, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

/** The state of the caller's region: its own entry, else the account-wide one, else a fresh region. */
function regionState({ caller, region }: SimulatedRequest): RegionNetworkState {
  const network = caller.services?.network;
  return network?.regions?.[region] ?? network?.everyRegion ?? {};
}

/** The caller's region in the `ec2` area (subnets, endpoints): own entry, else account-wide, else fresh. */
function ec2RegionState({ caller, region }: SimulatedRequest): RegionEc2State {
  const ec2 = caller.services?.ec2;
  return ec2?.regions?.[region] ?? ec2?.everyRegion ?? {};
}

/** `<prefix>-0d<account><region position, 3 hex digits>`: stable, readable ids for generated resources. */
function generatedId(prefix: string, { org, caller, region }: SimulatedRequest): string {
  const position = org.regions.findIndex((candidate) => candidate.name === region);
  return `${prefix}-0d${caller.id}${position.toString(16).padStart(3, '0')}`;
}

/** The default VPC AWS creates in every region of a new account, untouched. */
function freshDefaultVpc(request: SimulatedRequest): SimulatedVpc {
  return {
    id: generatedId('vpc', request),
    cidrBlock: '172.31.0.0/16',
    isDefault: true,
    defaultSecurityGroup: { id: generatedId('sg', request) },
    defaultNetworkAcl: { id: generatedId('acl', request) },
  };
}

function vpcsOf(request: SimulatedRequest): SimulatedVpc[] {
  const state = regionState(request);
  return [...(state.defaultVpc === false ? [] : [freshDefaultVpc(request)]), ...(state.vpcs ?? [])];
}

/** The Availability Zones AWS gives the default VPC a default subnet in (the simulator gives every region three). */
const DEFAULT_SUBNET_ZONES = ['a', 'b', 'c'];

/** The default subnets of the region's default VPC (public IPv4 on launch, as AWS creates them), then the state's. */
function subnetsOf(
  request: SimulatedRequest,
): Array<SimulatedSubnet & { zone: string; defaultForAz: boolean }> {
  const defaultVpc = vpcsOf(request).find((vpc) => vpc.isDefault);
  const defaults = defaultVpc
    ? DEFAULT_SUBNET_ZONES.map((zone, index) => ({
        id: `${generatedId('subnet', request)}${index}`,
        vpcId: defaultVpc.id,
        mapPublicIpOnLaunch: true,
        zone,
        defaultForAz: true,
      }))
    : [];
  const own = (ec2RegionState(request).subnets ?? []).map((subnet, index) => ({
    ...subnet,
    zone: DEFAULT_SUBNET_ZONES[index % DEFAULT_SUBNET_ZONES.length]!,
    defaultForAz: false,
  }));
  return [...defaults, ...own];
}

/** The one version the simulator gives a launch template (its default), as DescribeLaunchTemplateVersions has it. */
function launchTemplateVersion(
  request: SimulatedRequest,
  template: SimulatedLaunchTemplate,
): LaunchTemplateVersion {
  return {
    LaunchTemplateId: template.id,
    LaunchTemplateName: template.name,
    VersionNumber: 1,
    DefaultVersion: true,
    CreateTime: daysBefore(request.now, 45),
    LaunchTemplateData: {
      InstanceType: 't3.medium',
      ...(template.httpTokens
        ? { MetadataOptions: { HttpTokens: template.httpTokens, HttpEndpoint: 'enabled' } }
        : {}),
      ...(template.associatePublicIp !== undefined
        ? { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: template.associatePublicIp }] }
        : {}),
      ...(template.volumes
        ? {
            BlockDeviceMappings: template.volumes.map((volume) => ({
              DeviceName: volume.deviceName,
              Ebs: {
                VolumeSize: 30,
                VolumeType: 'gp3' as const,
                ...(volume.encrypted !== undefined ? { Encrypted: volume.encrypted } : {}),
              },
            })),
          }
        : {}),
    },
  };
}

function arn({ caller, region }: SimulatedRequest, resource: string): string {
  return `arn:aws:ec2:${region}:${caller.id}:${resource}`;
}

/** AWS rejects page sizes outside its bounds; without MaxResults these Describe calls answer everything. */
function pageSize(
  input: { MaxResults?: number },
  items: readonly unknown[],
  min: number,
  max: number,
): number {
  const size = input.MaxResults;
  if (size === undefined) return Math.max(items.length, 1);
  if (size < min || size > max) {
    throw simulatedError(
      'InvalidParameterValue',
      `Value ( ${size} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`,
      400,
    );
  }
  return size;
}

type FilterFields<T> = Readonly<Record<string, (item: T) => readonly string[]>>;

/** EC2 filters: every filter must match (any of its values). Filters the simulator lacks are refused loudly. */
function applyFilters<T>(
  items: readonly T[],
  filters: ReadonlyArray<{ Name?: string; Values?: string[] }> | undefined,
  fields: FilterFields<T>,
  operation: string,
): T[] {
  const matchers = (filters ?? []).map((filter) => {
    const field = fields[filter.Name ?? ''];
    if (!field) throw new Error(`the simulated AWS does not implement filter ${filter.Name} of ${operation}`);
    return (item: T) => (filter.Values ?? []).some((value) => field(item).includes(value));
  });
  return items.filter((item) => matchers.every((matches) => matches(item)));
}

function paged<T>(
  input: { MaxResults?: number; NextToken?: string },
  items: readonly T[],
  min: number,
  max: number,
): { items: T[]; NextToken?: string } {
  const { items: slice, next } = page(items, input.NextToken, pageSize(input, items, min, max));
  return { items: slice, ...(next ? { NextToken: next } : {}) };
}

function ipPermission(request: SimulatedRequest, rule: SimulatedSecurityGroupRule): IpPermission {
  return {
    IpProtocol: rule.protocol,
    ...(rule.protocol === '-1' ? {} : { FromPort: rule.fromPort, ToPort: rule.toPort }),
    IpRanges: (rule.cidrs ?? []).map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: (rule.ipv6Cidrs ?? []).map((CidrIpv6) => ({ CidrIpv6 })),
    PrefixListIds: (rule.prefixListIds ?? []).map((PrefixListId) => ({ PrefixListId })),
    UserIdGroupPairs: (rule.groupIds ?? []).map((GroupId) => ({ GroupId, UserId: request.caller.id })),
  };
}

function securityGroup(
  request: SimulatedRequest,
  group: {
    id: string;
    name: string;
    vpcId: string;
    ingress: readonly SimulatedSecurityGroupRule[];
    egress: readonly SimulatedSecurityGroupRule[];
  },
): SecurityGroup {
  return {
    GroupId: group.id,
    GroupName: group.name,
    Description: group.name === 'default' ? 'default VPC security group' : `${group.name} security group`,
    VpcId: group.vpcId,
    OwnerId: request.caller.id,
    SecurityGroupArn: arn(request, `security-group/${group.id}`),
    IpPermissions: group.ingress.map((rule) => ipPermission(request, rule)),
    IpPermissionsEgress: group.egress.map((rule) => ipPermission(request, rule)),
  };
}

/** A VPC's default group: as AWS creates it (inbound from itself, all outbound) unless the state says. */
function defaultSecurityGroup(request: SimulatedRequest, vpc: SimulatedVpc): SecurityGroup {
  const { id, ingress, egress } = vpc.defaultSecurityGroup;
  return securityGroup(request, {
    id,
    name: 'default',
    vpcId: vpc.id,
    ingress: ingress ?? [{ protocol: '-1', groupIds: [id] }],
    egress: egress ?? [
      { protocol: '-1', cidrs: ['0.0.0.0/0'], ...(vpc.ipv6CidrBlock ? { ipv6Cidrs: ['::/0'] } : {}) },
    ],
  });
}

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };

function aclEntry(entry: SimulatedNetworkAclEntry): NetworkAclEntry {
  return {
    RuleNumber: entry.ruleNumber,
    Egress: entry.egress,
    Protocol: PROTOCOL_NUMBERS[entry.protocol] ?? entry.protocol,
    RuleAction: entry.action,
    ...(entry.cidr ? { CidrBlock: entry.cidr } : {}),
    ...(entry.ipv6Cidr ? { Ipv6CidrBlock: entry.ipv6Cidr } : {}),
    ...(entry.fromPort !== undefined ? { PortRange: { From: entry.fromPort, To: entry.toPort } } : {}),
  };
}

/** What AWS puts in a default network ACL: allow everything, both directions, both address families. */
function allowAllEntries(ipv6: boolean): SimulatedNetworkAclEntry[] {
  return [false, true].flatMap((egress) => [
    { ruleNumber: 100, egress, protocol: '-1', cidr: '0.0.0.0/0', action: 'allow' as const },
    ...(ipv6
      ? [{ ruleNumber: 101, egress, protocol: '-1', ipv6Cidr: '::/0', action: 'allow' as const }]
      : []),
  ]);
}

/** The catch-all entries (`*` in the console) every network ACL ends with. */
function finalDenyEntries(ipv6: boolean): NetworkAclEntry[] {
  return [false, true].flatMap((Egress) => [
    { RuleNumber: 32767, Egress, Protocol: '-1', RuleAction: 'deny', CidrBlock: '0.0.0.0/0' },
    ...(ipv6
      ? [{ RuleNumber: 32768, Egress, Protocol: '-1', RuleAction: 'deny' as const, Ipv6CidrBlock: '::/0' }]
      : []),
  ]);
}

/** The subnets using a network ACL: those naming it, and for a default ACL those of its VPC naming none. */
function aclSubnets(request: SimulatedRequest, acl: { id: string; vpcId: string; isDefault: boolean }) {
  return subnetsOf(request).filter((subnet) =>
    subnet.networkAclId ? subnet.networkAclId === acl.id : acl.isDefault && subnet.vpcId === acl.vpcId,
  );
}

/** The network interfaces of the live instances, as DescribeInstances lists them. */
function networkInterfacesOf(request: SimulatedRequest): NetworkInterface[] {
  const { region } = request;
  return (regionState(request).instances ?? [])
    .filter((instance) => instance.state !== 'terminated' && instance.state !== 'shutting-down')
    .flatMap((instance) =>
      Array.from({ length: instance.networkInterfaces ?? 1 }, (_, index) => ({
        NetworkInterfaceId: instanceEniId(instance.id, index),
        InterfaceType: 'interface' as const,
        OwnerId: request.caller.id,
        AvailabilityZone: `${region}a`,
        Status: 'in-use' as const,
        SourceDestCheck: instance.sourceDestCheck ?? true,
        RequesterManaged: false,
        Attachment: {
          AttachmentId: `eni-attach-${instance.id.slice(2)}${index}`,
          InstanceId: instance.id,
          InstanceOwnerId: request.caller.id,
          DeviceIndex: index,
          Status: 'attached' as const,
          DeleteOnTermination: index === 0,
        },
      })),
    );
}

/** The id of an instance's `index`th network interface: `eni-` and the instance id's digits and the index. */
function instanceEniId(instanceId: string, index: number): string {
  return `eni-${instanceId.slice(2)}${index}`;
}

function networkAcl(
  request: SimulatedRequest,
  acl: { id: string; vpcId: string; isDefault: boolean; entries: readonly SimulatedNetworkAclEntry[] },
  ipv6: boolean,
): NetworkAcl {
  return {
    NetworkAclId: acl.id,
    VpcId: acl.vpcId,
    IsDefault: acl.isDefault,
    OwnerId: request.caller.id,
    Associations: aclSubnets(request, acl).map((subnet) => ({
      NetworkAclAssociationId: `aclassoc-${subnet.id.slice(7)}`,
      NetworkAclId: acl.id,
      SubnetId: subnet.id,
    })),
    Entries: [...acl.entries.map(aclEntry), ...finalDenyEntries(ipv6)],
  };
}

const INSTANCE_STATE_CODES: Readonly<Record<string, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** "User initiated (2026-01-02 00:00:00 GMT)": the reason AWS gives for a stop the user asked for. */
function userInitiatedReason(at: Date): string {
  return `User initiated (${at.toISOString().slice(0, 19).replace('T', ' ')} GMT)`;
}

function instancesOf(request: SimulatedRequest): Instance[] {
  const { caller, region, now } = request;
  return (regionState(request).instances ?? []).map((instance) => ({
    InstanceId: instance.id,
    InstanceType: instance.virtualizationType === 'paravirtual' ? 'm1.small' : 't3.medium',
    LaunchTime: daysBefore(now, Math.max(30, (instance.stoppedDaysAgo ?? 1) + 1)),
    Placement: { AvailabilityZone: `${region}a` },
    State: { Name: instance.state, Code: INSTANCE_STATE_CODES[instance.state] ?? 0 },
    VirtualizationType: instance.virtualizationType ?? 'hvm',
    StateTransitionReason:
      instance.state === 'stopped' ? userInitiatedReason(daysBefore(now, instance.stoppedDaysAgo ?? 1)) : '',
    ...(instance.publicIp ? { PublicIpAddress: instance.publicIp } : {}),
    NetworkInterfaces: Array.from({ length: instance.networkInterfaces ?? 1 }, (_, index) => ({
      NetworkInterfaceId: instanceEniId(instance.id, index),
      Attachment: { DeviceIndex: index, Status: 'attached' as const },
      Status: 'in-use' as const,
      InterfaceType: 'interface',
    })),
    ...(instance.instanceProfile
      ? {
          IamInstanceProfile: {
            Arn: `arn:aws:iam::${caller.id}:instance-profile/${instance.instanceProfile}`,
            // Profile ids are AIPA plus 17 upper-case characters; derived from the name to stay stable.
            Id: `AIPA${instance.instanceProfile
              .toUpperCase()
              .replace(/[^A-Z0-9]/g, '')
              .padEnd(17, 'X')
              .slice(0, 17)}`,
          },
        }
      : {}),
    MetadataOptions: {
      State: 'applied',
      HttpTokens: instance.httpTokens,
      HttpEndpoint: instance.httpEndpoint ?? 'enabled',
      HttpPutResponseHopLimit: 2,
    },
  }));
}

function volumesOf(request: SimulatedRequest): Volume[] {
  const { region, now } = request;
  return (regionState(request).volumes ?? []).map((volume) => ({
    VolumeId: volume.id,
    Size: volume.sizeGiB,
    VolumeType: 'gp3',
    Encrypted: volume.encrypted,
    AvailabilityZone: `${region}a`,
    CreateTime: daysBefore(now, 60),
    State: volume.attachedTo ? 'in-use' : 'available',
    Attachments: volume.attachedTo
      ? [
          {
            VolumeId: volume.id,
            InstanceId: volume.attachedTo,
            Device: '/dev/xvda',
            State: 'attached',
            DeleteOnTermination: true,
          },
        ]
      : [],
  }));
}

function flowLogsOf(request: SimulatedRequest): FlowLog[] {
  const { caller, region, now } = request;
  return vpcsOf(request).flatMap((vpc) =>
    (vpc.flowLogs ?? []).map((flowLog) => {
      const toS3 = flowLog.destinationType === 's3';
      return {
        FlowLogId: flowLog.id,
        FlowLogStatus: 'ACTIVE',
        ResourceId: vpc.id,
        TrafficType: flowLog.trafficType,
        CreationTime: daysBefore(now, 200),
        LogDestinationType: toS3 ? 's3' : 'cloud-watch-logs',
        LogDestination: toS3
          ? `arn:aws:s3:::flow-logs-${caller.id}`
          : `arn:aws:logs:${region}:${caller.id}:log-group:/vpc/flow-logs/${vpc.id}`,
        DeliverLogsStatus: flowLog.deliveryFailing ? 'FAILED' : 'SUCCESS',
        ...(flowLog.deliveryFailing ? { DeliverLogsErrorMessage: 'Access error' } : {}),
      };
    }),
  );
}

type Answer<Op extends SimulatedOperation<typeof Ec2>> = SimulatedAnswer<typeof Ec2, Op>;

/**
 * Simulated EC2: regions, VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS defaults
 * (`services.network`); subnets, VPC endpoints, launch templates, VPN connections, transit gateways,
 * Client VPN endpoints, EBS snapshots and VPC Block Public Access (`services.ec2`); network interfaces of the
 * instances.
 */
export const simulatedEc2 = {
  DescribeRegions: ({ org, caller }): Answer<'DescribeRegions'> => ({
    Regions: org.regions.map((region) => ({
      RegionName: region.name,
      Endpoint: `ec2.${region.name}.amazonaws.com`,
      OptInStatus: !region.optIn
        ? 'opt-in-not-required'
        : caller.optInRegionsEnabled.includes(region.name)
          ? 'opted-in'
          : 'not-opted-in',
    })),
  }),
  GetEbsEncryptionByDefault: (request): Answer<'GetEbsEncryptionByDefault'> => ({
    EbsEncryptionByDefault: regionState(request).ebsEncryptionByDefault ?? false,
    SseType: 'sse-ebs',
  }),
  GetInstanceMetadataDefaults: (request): Answer<'GetInstanceMetadataDefaults'> => {
    const defaults = regionState(request).instanceMetadataDefaults;
    return {
      AccountLevel: defaults
        ? {
            ...(defaults.httpTokens ? { HttpTokens: defaults.httpTokens } : {}),
            ...(defaults.httpEndpoint ? { HttpEndpoint: defaults.httpEndpoint } : {}),
            ManagedBy: 'account',
          }
        : {},
    };
  },
  DescribeVpcs: (request): Answer<'DescribeVpcs'> => {
    const vpcs: Vpc[] = vpcsOf(request).map((vpc) => ({
      VpcId: vpc.id,
      OwnerId: request.caller.id,
      CidrBlock: vpc.cidrBlock,
      IsDefault: vpc.isDefault ?? false,
      State: 'available',
      InstanceTenancy: 'default',
      CidrBlockAssociationSet: [{ CidrBlock: vpc.cidrBlock, CidrBlockState: { State: 'associated' } }],
      ...(vpc.ipv6CidrBlock
        ? {
            Ipv6CidrBlockAssociationSet: [
              { Ipv6CidrBlock: vpc.ipv6CidrBlock, Ipv6CidrBlockState: { State: 'associated' } },
            ],
          }
        : {}),
    }));
    const filtered = applyFilters(vpcs, request.input.Filters, {}, 'DescribeVpcs');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { Vpcs: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeSecurityGroups: (request): Answer<'DescribeSecurityGroups'> => {
    const groups = [
      ...vpcsOf(request).map((vpc) => defaultSecurityGroup(request, vpc)),
      ...(regionState(request).securityGroups ?? []).map((group) => securityGroup(request, group)),
    ];
    const filtered = applyFilters(groups, request.input.Filters, {}, 'DescribeSecurityGroups');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { SecurityGroups: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeNetworkAcls: (request): Answer<'DescribeNetworkAcls'> => {
    const vpcs = vpcsOf(request);
    const hasIpv6 = (vpcId: string) => vpcs.some((vpc) => vpc.id === vpcId && vpc.ipv6CidrBlock);
    const acls = [
      ...vpcs.map((vpc) =>
        networkAcl(
          request,
          {
            id: vpc.defaultNetworkAcl.id,
            vpcId: vpc.id,
            isDefault: true,
            entries: vpc.defaultNetworkAcl.entries ?? allowAllEntries(hasIpv6(vpc.id)),
          },
          hasIpv6(vpc.id),
        ),
      ),
      ...(regionState(request).networkAcls ?? []).map((acl) =>
        networkAcl(request, { ...acl, isDefault: false }, hasIpv6(acl.vpcId)),
      ),
    ];
    const filtered = applyFilters(acls, request.input.Filters, {}, 'DescribeNetworkAcls');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { NetworkAcls: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeFlowLogs: (request): Answer<'DescribeFlowLogs'> => {
    // DescribeFlowLogs names its filter list `Filter`, unlike the other Describe operations.
    const filtered = applyFilters(
      flowLogsOf(request),
      request.input.Filter,
      { 'resource-id': (flowLog) => [flowLog.ResourceId ?? ''] },
      'DescribeFlowLogs',
    );
    const { items, NextToken } = paged(request.input, filtered, 1, 1000);
    return { FlowLogs: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeInstances: (request): Answer<'DescribeInstances'> => {
    const instances = applyFilters(
      instancesOf(request),
      request.input.Filters,
      { 'instance-state-name': (instance) => [instance.State?.Name ?? ''] },
      'DescribeInstances',
    );
    const { items, NextToken } = paged(request.input, instances, 5, 1000);
    // One reservation per instance, as when each was launched on its own.
    const reservations = items.map((instance) => ({
      ReservationId: `r-${instance.InstanceId?.slice(2)}`,
      OwnerId: request.caller.id,
      Instances: [instance],
    }));
    return { Reservations: reservations, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeSubnets: (request): Answer<'DescribeSubnets'> => {
    const subnets: Subnet[] = subnetsOf(request).map((subnet, index) => ({
      SubnetId: subnet.id,
      SubnetArn: arn(request, `subnet/${subnet.id}`),
      VpcId: subnet.vpcId,
      OwnerId: request.caller.id,
      AvailabilityZone: `${request.region}${subnet.zone}`,
      CidrBlock: `10.${index}.0.0/20`,
      State: 'available',
      DefaultForAz: subnet.defaultForAz,
      MapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch ?? false,
      AssignIpv6AddressOnCreation: subnet.assignIpv6AddressOnCreation ?? false,
    }));
    const filtered = applyFilters(subnets, request.input.Filters, {}, 'DescribeSubnets');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { Subnets: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeVpcEndpoints: (request): Answer<'DescribeVpcEndpoints'> => {
    const { region, now } = request;
    const endpoints: VpcEndpoint[] = (ec2RegionState(request).vpcEndpoints ?? []).map((endpoint) => ({
      VpcEndpointId: endpoint.id,
      VpcId: endpoint.vpcId,
      ServiceName: `com.amazonaws.${region}.${endpoint.service}`,
      VpcEndpointType: endpoint.type ?? 'Interface',
      State: 'Available',
      PrivateDnsEnabled: (endpoint.type ?? 'Interface') === 'Interface',
      CreationTimestamp: daysBefore(now, 100),
      OwnerId: request.caller.id,
    }));
    const filtered = applyFilters(endpoints, request.input.Filters, {}, 'DescribeVpcEndpoints');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { VpcEndpoints: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeLaunchTemplates: (request): Answer<'DescribeLaunchTemplates'> => {
    const templates: LaunchTemplate[] = (ec2RegionState(request).launchTemplates ?? []).map((template) => ({
      LaunchTemplateId: template.id,
      LaunchTemplateName: template.name,
      CreateTime: daysBefore(request.now, 45),
      CreatedBy: `arn:aws:iam::${request.caller.id}:root`,
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1,
    }));
    const filtered = applyFilters(templates, request.input.Filters, {}, 'DescribeLaunchTemplates');
    const { items, NextToken } = paged(request.input, filtered, 1, 200);
    return { LaunchTemplates: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeLaunchTemplateVersions: (request): Answer<'DescribeLaunchTemplateVersions'> => {
    const id = requiredParameter(request.input.LaunchTemplateId, 'LaunchTemplateId');
    const template = (ec2RegionState(request).launchTemplates ?? []).find((candidate) => candidate.id === id);
    if (!template) {
      throw simulatedError(
        'InvalidLaunchTemplateId.NotFound',
        `The specified launch template, with template ID ${id}, does not exist.`,
        400,
      );
    }
    // The only version is 1, which is also $Default and $Latest.
    const wanted = request.input.Versions ?? ['$Latest'];
    const matches = wanted.some((version) => ['$Default', '$Latest', '1'].includes(version));
    return { LaunchTemplateVersions: matches ? [launchTemplateVersion(request, template)] : [] };
  },
  DescribeVpnConnections: (request): Answer<'DescribeVpnConnections'> => {
    const connections = (ec2RegionState(request).vpnConnections ?? []).map((connection, index) => {
      const tunnels = [1, 2].map((tunnel) => `198.51.100.${index * 2 + tunnel}`);
      const up = connection.tunnelsUp ?? 2;
      return {
        VpnConnectionId: connection.id,
        State: 'available' as const,
        Type: 'ipsec.1' as const,
        CustomerGatewayId: `cgw-${connection.id.slice(4)}`,
        VpnGatewayId: `vgw-${connection.id.slice(4)}`,
        Category: 'VPN',
        VgwTelemetry: tunnels.map((address, position) => ({
          OutsideIpAddress: address,
          Status: position < up ? ('UP' as const) : ('DOWN' as const),
          LastStatusChange: daysBefore(request.now, 3),
          AcceptedRouteCount: position < up ? 1 : 0,
        })),
        Options: {
          TunnelOptions: tunnels.map((address) => ({
            OutsideIpAddress: address,
            LogOptions: {
              CloudWatchLogOptions: connection.tunnelLogging
                ? {
                    LogEnabled: true,
                    LogGroupArn: `arn:aws:logs:${request.region}:${request.caller.id}:log-group:/vpn/${connection.id}`,
                    LogOutputFormat: 'json',
                  }
                : { LogEnabled: false },
            },
          })),
        },
      };
    });
    const filtered = applyFilters(connections, request.input.Filters, {}, 'DescribeVpnConnections');
    return { VpnConnections: filtered };
  },
  DescribeTransitGateways: (request): Answer<'DescribeTransitGateways'> => {
    const gateways = (ec2RegionState(request).transitGateways ?? []).map((gateway) => ({
      TransitGatewayId: gateway.id,
      TransitGatewayArn: arn(request, `transit-gateway/${gateway.id}`),
      OwnerId: request.caller.id,
      State: 'available' as const,
      CreationTime: daysBefore(request.now, 300),
      Options: {
        AmazonSideAsn: 64512,
        AutoAcceptSharedAttachments: gateway.autoAcceptSharedAttachments
          ? ('enable' as const)
          : ('disable' as const),
        DefaultRouteTableAssociation: 'enable' as const,
        DefaultRouteTablePropagation: 'enable' as const,
        DnsSupport: 'enable' as const,
        VpnEcmpSupport: 'enable' as const,
      },
    }));
    const filtered = applyFilters(gateways, request.input.Filters, {}, 'DescribeTransitGateways');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { TransitGateways: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeClientVpnEndpoints: (request): Answer<'DescribeClientVpnEndpoints'> => {
    const endpoints = (ec2RegionState(request).clientVpnEndpoints ?? []).map((endpoint) => ({
      ClientVpnEndpointId: endpoint.id,
      Status: { Code: 'available' as const },
      CreationTime: daysBefore(request.now, 200).toISOString(),
      ConnectionLogOptions: endpoint.connectionLogging
        ? { Enabled: true, CloudwatchLogGroup: `/client-vpn/${endpoint.id}` }
        : { Enabled: false },
    }));
    const filtered = applyFilters(endpoints, request.input.Filters, {}, 'DescribeClientVpnEndpoints');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { ClientVpnEndpoints: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeVpcBlockPublicAccessOptions: (request): Answer<'DescribeVpcBlockPublicAccessOptions'> => ({
    VpcBlockPublicAccessOptions: {
      AwsAccountId: request.caller.id,
      AwsRegion: request.region,
      // A region never configured is in its default state; one someone set has completed its update.
      State: ec2RegionState(request).vpcBlockPublicAccess ? 'update-complete' : 'default-state',
      InternetGatewayBlockMode: ec2RegionState(request).vpcBlockPublicAccess ?? 'off',
    },
  }),
  DescribeNetworkInterfaces: (request): Answer<'DescribeNetworkInterfaces'> => {
    const filtered = applyFilters(
      networkInterfacesOf(request),
      request.input.Filters,
      {},
      'DescribeNetworkInterfaces',
    );
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { NetworkInterfaces: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeSnapshots: (request): Answer<'DescribeSnapshots'> => {
    // Only the account's own snapshots are simulated: OwnerIds self (or the account's id) lists them; the
    // public catalogue of other owners is not.
    const owners = request.input.OwnerIds ?? [];
    if (!owners.every((owner) => owner === 'self' || owner === request.caller.id)) {
      throw new Error('the simulated AWS implements DescribeSnapshots for OwnerIds self only');
    }
    const snapshots: Snapshot[] = (ec2RegionState(request).snapshots ?? []).map((snapshot) => ({
      SnapshotId: snapshot.id,
      OwnerId: request.caller.id,
      ...(snapshot.volumeId ? { VolumeId: snapshot.volumeId } : {}),
      VolumeSize: 30,
      Encrypted: snapshot.encrypted ?? false,
      State: 'completed',
      Progress: '100%',
      StartTime: daysBefore(request.now, 20),
      StorageTier: 'standard',
    }));
    const filtered = applyFilters(snapshots, request.input.Filters, {}, 'DescribeSnapshots');
    const { items, NextToken } = paged(request.input, filtered, 5, 1000);
    return { Snapshots: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeSnapshotAttribute: (request): Answer<'DescribeSnapshotAttribute'> => {
    const id = requiredParameter(request.input.SnapshotId, 'SnapshotId');
    const attribute = requiredParameter(request.input.Attribute, 'Attribute');
    if (attribute !== 'createVolumePermission') {
      throw new Error(`the simulated AWS does not implement DescribeSnapshotAttribute ${attribute}`);
    }
    const snapshot = (ec2RegionState(request).snapshots ?? []).find((candidate) => candidate.id === id);
    if (!snapshot) {
      throw simulatedError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`, 400);
    }
    return {
      SnapshotId: id,
      CreateVolumePermissions: [
        ...(snapshot.public ? [{ Group: 'all' as const }] : []),
        ...(snapshot.sharedWith ?? []).map((UserId) => ({ UserId })),
      ],
    };
  },
  DescribeSpotFleetRequests: (request): Answer<'DescribeSpotFleetRequests'> => {
    const { caller, now } = request;
    const fleetRole = `arn:aws:iam::${caller.id}:role/aws-ec2-spot-fleet-tagging-role`;
    const requests = (ec2RegionState(request).spotFleetRequests ?? []).map((fleet) => ({
      SpotFleetRequestId: fleet.id,
      SpotFleetRequestState: 'active' as const,
      ActivityStatus: 'fulfilled' as const,
      CreateTime: daysBefore(now, 10),
      SpotFleetRequestConfig: {
        IamFleetRole: fleetRole,
        TargetCapacity: 2,
        ...(fleet.volumes
          ? {
              LaunchSpecifications: [
                {
                  ImageId: 'ami-0abcdef1234567890',
                  InstanceType: 'c5.large' as const,
                  BlockDeviceMappings: fleet.volumes.map((volume) => ({
                    DeviceName: volume.deviceName,
                    Ebs: {
                      VolumeSize: 50,
                      VolumeType: 'gp3' as const,
                      ...(volume.encrypted !== undefined ? { Encrypted: volume.encrypted } : {}),
                    },
                  })),
                },
              ],
            }
          : {
              LaunchTemplateConfigs: [
                {
                  LaunchTemplateSpecification: {
                    LaunchTemplateId: `lt-${fleet.id.slice(4)}`,
                    Version: '$Default',
                  },
                },
              ],
            }),
      },
    }));
    const { items, NextToken } = paged(request.input, requests, 1, 1000);
    return { SpotFleetRequestConfigs: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeVolumes: (request): Answer<'DescribeVolumes'> => {
    const filtered = applyFilters(volumesOf(request), request.input.Filters, {}, 'DescribeVolumes');
    const { items, NextToken } = paged(request.input, filtered, 5, 500);
    return { Volumes: items, ...(NextToken ? { NextToken } : {}) };
  },
} satisfies SimulatedService<typeof Ec2>;
