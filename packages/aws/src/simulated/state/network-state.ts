import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated EC2 of one account: VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS and
 * instance-metadata defaults, region by region.
 *
 * A region nobody configured looks like a fresh AWS account, because that is what an untouched region of a
 * real account is: a default VPC (172.31.0.0/16) whose default security group admits all traffic from
 * itself and sends anywhere, whose default network ACL allows everything in and out, with no flow logs; no
 * instances or volumes; EBS encryption by default off; no instance metadata defaults. The generated ids are
 * `vpc-`, `sg-` and `acl-` followed by `0d`, the 12-digit account id and the region's position in the
 * organization's region list as 3 hex digits (e.g. `vpc-0d444444444444009` for eu-west-1 in the demo), so
 * expectations can name them. A compliant region usually says `defaultVpc: false` (the default VPC deleted).
 */

/** One security group rule (one IpPermission): a protocol, a port range and its peers. */
const SecurityGroupRuleSchema = Type.Object(
  {
    /** '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6' or a protocol number. */
    protocol: Type.String({ minLength: 1 }),
    /** Omitted with all traffic. */
    fromPort: Type.Optional(Type.Integer({ minimum: -1, maximum: 65535 })),
    toPort: Type.Optional(Type.Integer({ minimum: -1, maximum: 65535 })),
    cidrs: Type.Optional(Type.Array(Type.String())),
    ipv6Cidrs: Type.Optional(Type.Array(Type.String())),
    prefixListIds: Type.Optional(Type.Array(Type.String({ pattern: '^pl-' }))),
    groupIds: Type.Optional(Type.Array(Type.String({ pattern: '^sg-' }))),
  },
  { additionalProperties: false },
);

/** One numbered network ACL entry; the catch-all deny entries (32767, 32768) are added as AWS does. */
const NetworkAclEntrySchema = Type.Object(
  {
    ruleNumber: Type.Integer({ minimum: 1, maximum: 32766 }),
    egress: Type.Boolean(),
    /** '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6' or a protocol number; EC2 reports numbers. */
    protocol: Type.String({ minLength: 1 }),
    fromPort: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    toPort: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    /** Exactly one of cidr / ipv6Cidr. */
    cidr: Type.Optional(Type.String()),
    ipv6Cidr: Type.Optional(Type.String()),
    action: Type.Union([Type.Literal('allow'), Type.Literal('deny')]),
  },
  { additionalProperties: false },
);

const FlowLogSchema = Type.Object(
  {
    id: Type.String({ pattern: '^fl-' }),
    trafficType: Type.Union([Type.Literal('ACCEPT'), Type.Literal('REJECT'), Type.Literal('ALL')]),
    destinationType: Type.Optional(Type.Union([Type.Literal('cloud-watch-logs'), Type.Literal('s3')])),
    /** True: the destination refuses the logs (DeliverLogsStatus FAILED). */
    deliveryFailing: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const VpcSchema = Type.Object(
  {
    id: Type.String({ pattern: '^vpc-' }),
    cidrBlock: Type.String(),
    /** Adds the IPv6 entries AWS puts in the default security group and default network ACL. */
    ipv6CidrBlock: Type.Optional(Type.String()),
    isDefault: Type.Optional(Type.Boolean()),
    /** Rules omitted: the rules AWS creates (all inbound from the group itself, all outbound). */
    defaultSecurityGroup: Type.Object(
      {
        id: Type.String({ pattern: '^sg-' }),
        ingress: Type.Optional(Type.Array(SecurityGroupRuleSchema)),
        egress: Type.Optional(Type.Array(SecurityGroupRuleSchema)),
      },
      { additionalProperties: false },
    ),
    /** Entries omitted: the entries AWS creates (allow all in and out). */
    defaultNetworkAcl: Type.Object(
      {
        id: Type.String({ pattern: '^acl-' }),
        entries: Type.Optional(Type.Array(NetworkAclEntrySchema)),
      },
      { additionalProperties: false },
    ),
    flowLogs: Type.Optional(Type.Array(FlowLogSchema)),
  },
  { additionalProperties: false },
);

const SecurityGroupSchema = Type.Object(
  {
    id: Type.String({ pattern: '^sg-' }),
    /** AWS reserves 'default' for the VPC's own group. */
    name: Type.String({ minLength: 1, pattern: '^(?!default$)' }),
    vpcId: Type.String({ pattern: '^vpc-' }),
    ingress: Type.Array(SecurityGroupRuleSchema),
    egress: Type.Array(SecurityGroupRuleSchema),
  },
  { additionalProperties: false },
);

const NetworkAclSchema = Type.Object(
  {
    id: Type.String({ pattern: '^acl-' }),
    vpcId: Type.String({ pattern: '^vpc-' }),
    entries: Type.Array(NetworkAclEntrySchema),
  },
  { additionalProperties: false },
);

const InstanceSchema = Type.Object(
  {
    id: Type.String({ pattern: '^i-' }),
    state: Type.Union([
      Type.Literal('pending'),
      Type.Literal('running'),
      Type.Literal('stopping'),
      Type.Literal('stopped'),
      Type.Literal('shutting-down'),
      Type.Literal('terminated'),
    ]),
    /** The attached instance profile's name; omitted: none. */
    instanceProfile: Type.Optional(Type.String({ minLength: 1 })),
    httpTokens: Type.Union([Type.Literal('optional'), Type.Literal('required')]),
    /** Omitted: enabled. */
    httpEndpoint: Type.Optional(Type.Union([Type.Literal('enabled'), Type.Literal('disabled')])),
    /** The public IPv4 address; omitted: none (launched into a subnet that assigns none). */
    publicIp: Type.Optional(Type.String({ minLength: 7 })),
    /** Attached network interfaces; omitted: 1, the primary one every instance has. */
    networkInterfaces: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Omitted: hvm, as every current instance type is. */
    virtualizationType: Type.Optional(Type.Union([Type.Literal('hvm'), Type.Literal('paravirtual')])),
    /** For a stopped instance, how long ago the user stopped it; omitted: 1 day. */
    stoppedDaysAgo: Type.Optional(Type.Integer({ minimum: 0 })),
    /** Source/destination checking on its network interfaces; omitted: true, as AWS launches them. */
    sourceDestCheck: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const VolumeSchema = Type.Object(
  {
    id: Type.String({ pattern: '^vol-' }),
    sizeGiB: Type.Integer({ minimum: 1 }),
    encrypted: Type.Boolean(),
    /** The instance it is attached to; omitted: available. */
    attachedTo: Type.Optional(Type.String({ pattern: '^i-' })),
  },
  { additionalProperties: false },
);

export const RegionNetworkStateSchema = Type.Object(
  {
    /** The default VPC AWS created in the region, as AWS created it. Omitted: true. */
    defaultVpc: Type.Optional(Type.Boolean()),
    vpcs: Type.Optional(Type.Array(VpcSchema)),
    securityGroups: Type.Optional(Type.Array(SecurityGroupSchema)),
    networkAcls: Type.Optional(Type.Array(NetworkAclSchema)),
    instances: Type.Optional(Type.Array(InstanceSchema)),
    volumes: Type.Optional(Type.Array(VolumeSchema)),
    /** Omitted: false, as in a fresh account. */
    ebsEncryptionByDefault: Type.Optional(Type.Boolean()),
    /** Account-level IMDS defaults; omitted: no preference. */
    instanceMetadataDefaults: Type.Optional(
      Type.Object(
        {
          httpTokens: Type.Optional(Type.Union([Type.Literal('optional'), Type.Literal('required')])),
          httpEndpoint: Type.Optional(Type.Union([Type.Literal('enabled'), Type.Literal('disabled')])),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const NetworkStateSchema = Type.Object(
  {
    /** The state of every region not listed in `regions`; omitted: a fresh region (see above). */
    everyRegion: Type.Optional(RegionNetworkStateSchema),
    /** Regions with their own state, which replaces `everyRegion` there (it is not merged with it). */
    regions: Type.Optional(Type.Record(Type.String(), RegionNetworkStateSchema)),
  },
  { additionalProperties: false },
);

export type NetworkState = Static<typeof NetworkStateSchema>;
export type RegionNetworkState = Static<typeof RegionNetworkStateSchema>;
export type SimulatedVpc = Static<typeof VpcSchema>;
export type SimulatedSecurityGroupRule = Static<typeof SecurityGroupRuleSchema>;
export type SimulatedNetworkAclEntry = Static<typeof NetworkAclEntrySchema>;
