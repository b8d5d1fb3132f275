import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated EC2 resources of one account beyond the VPC basics of `network` (VPCs, security groups, network
 * ACLs, instances, volumes): subnets of the account's own VPCs, VPC endpoints, launch templates, VPN
 * connections, transit gateways, Client VPN endpoints, EBS snapshots and VPC Block Public Access, region by
 * region.
 *
 * Omitted means what a fresh account has: the default VPC (when `network` keeps it) has one default subnet
 * per Availability Zone (zones a, b and c), each assigning public IPv4 addresses on launch, as AWS creates
 * them; their ids are `subnet-` followed by the default VPC's generated suffix and the zone's index
 * (`subnet-0d4444444444440090` for zone a of eu-west-1 in the demo). Other VPCs have no subnets and no
 * VPC has endpoints; there are no launch templates, VPN connections, transit gateways or Client VPN
 * endpoints, no snapshots, no Spot Fleet requests; VPC Block Public Access is off.
 */

const SubnetSchema = Type.Object(
  {
    id: Type.String({ pattern: '^subnet-' }),
    vpcId: Type.String({ pattern: '^vpc-' }),
    /** Omitted: false, as for a subnet created in a VPC of one's own. */
    mapPublicIpOnLaunch: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    assignIpv6AddressOnCreation: Type.Optional(Type.Boolean()),
    /** The network ACL it is associated with; omitted: its VPC's default network ACL. */
    networkAclId: Type.Optional(Type.String({ pattern: '^acl-' })),
  },
  { additionalProperties: false },
);

const VpcEndpointSchema = Type.Object(
  {
    id: Type.String({ pattern: '^vpce-' }),
    vpcId: Type.String({ pattern: '^vpc-' }),
    /** The service's short name: the end of com.amazonaws.<region>.<service> (ec2, ssm, ecr.api, s3, ...). */
    service: Type.String({ minLength: 1 }),
    /** Omitted: Interface (Gateway is for s3 and dynamodb only). */
    type: Type.Optional(Type.Union([Type.Literal('Interface'), Type.Literal('Gateway')])),
  },
  { additionalProperties: false },
);

/** A launch template with one version, its default; omitted settings are not set in the template. */
const LaunchTemplateSchema = Type.Object(
  {
    id: Type.String({ pattern: '^lt-' }),
    name: Type.String({ minLength: 3 }),
    /** MetadataOptions.HttpTokens; omitted: no metadata options in the template. */
    httpTokens: Type.Optional(Type.Union([Type.Literal('optional'), Type.Literal('required')])),
    /** AssociatePublicIpAddress of its network interface; omitted: no network interface in the template. */
    associatePublicIp: Type.Optional(Type.Boolean()),
    /** EBS block device mappings; omitted: none (the AMI's). `encrypted` omitted: not set. */
    volumes: Type.Optional(
      Type.Array(
        Type.Object(
          { deviceName: Type.String({ minLength: 1 }), encrypted: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

/** A Site-to-Site VPN connection (available, with its two tunnels). */
const VpnConnectionSchema = Type.Object(
  {
    id: Type.String({ pattern: '^vpn-' }),
    /** How many of its two tunnels are UP; omitted: 2. */
    tunnelsUp: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
    /** Both tunnels log to CloudWatch Logs; omitted: false, as AWS creates a connection. */
    tunnelLogging: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const TransitGatewaySchema = Type.Object(
  {
    id: Type.String({ pattern: '^tgw-' }),
    /** AutoAcceptSharedAttachments enable; omitted: false (disable), AWS's default. */
    autoAcceptSharedAttachments: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const ClientVpnEndpointSchema = Type.Object(
  {
    id: Type.String({ pattern: '^cvpn-endpoint-' }),
    /** Connection logging to CloudWatch Logs; omitted: false. */
    connectionLogging: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** An EBS snapshot the account owns. */
const SnapshotSchema = Type.Object(
  {
    id: Type.String({ pattern: '^snap-' }),
    volumeId: Type.Optional(Type.String({ pattern: '^vol-' })),
    /** Omitted: false. */
    encrypted: Type.Optional(Type.Boolean()),
    /** Restorable by anyone (createVolumePermission group all); omitted: false, private as created. */
    public: Type.Optional(Type.Boolean()),
    /** Accounts it is shared with; omitted: none. */
    sharedWith: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{12}$' }))),
  },
  { additionalProperties: false },
);

/** A Spot Fleet request (active). */
const SpotFleetRequestSchema = Type.Object(
  {
    id: Type.String({ pattern: '^sfr-' }),
    /** EBS volumes of its one launch specification; omitted: it launches from a launch template instead. */
    volumes: Type.Optional(
      Type.Array(
        Type.Object(
          { deviceName: Type.String({ minLength: 1 }), encrypted: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const RegionEc2StateSchema = Type.Object(
  {
    subnets: Type.Optional(Type.Array(SubnetSchema)),
    vpcEndpoints: Type.Optional(Type.Array(VpcEndpointSchema)),
    launchTemplates: Type.Optional(Type.Array(LaunchTemplateSchema)),
    vpnConnections: Type.Optional(Type.Array(VpnConnectionSchema)),
    transitGateways: Type.Optional(Type.Array(TransitGatewaySchema)),
    clientVpnEndpoints: Type.Optional(Type.Array(ClientVpnEndpointSchema)),
    snapshots: Type.Optional(Type.Array(SnapshotSchema)),
    spotFleetRequests: Type.Optional(Type.Array(SpotFleetRequestSchema)),
    /** VPC Block Public Access InternetGatewayBlockMode; omitted: off, as in a fresh account. */
    vpcBlockPublicAccess: Type.Optional(
      Type.Union([Type.Literal('off'), Type.Literal('block-bidirectional'), Type.Literal('block-ingress')]),
    ),
  },
  { additionalProperties: false },
);

export const Ec2StateSchema = Type.Object(
  {
    /** The state of every region not listed in `regions`; omitted: a fresh region (see above). */
    everyRegion: Type.Optional(RegionEc2StateSchema),
    /** Regions with their own state, which replaces `everyRegion` there (it is not merged with it). */
    regions: Type.Optional(Type.Record(Type.String(), RegionEc2StateSchema)),
  },
  { additionalProperties: false },
);

export type Ec2State = Static<typeof Ec2StateSchema>;
export type RegionEc2State = Static<typeof RegionEc2StateSchema>;
export type SimulatedSubnet = Static<typeof SubnetSchema>;
export type SimulatedLaunchTemplate = Static<typeof LaunchTemplateSchema>;
