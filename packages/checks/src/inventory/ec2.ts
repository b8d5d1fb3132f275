/**
 * EC2 and VPC inventory of one region, normalized for the network, instance and EBS checks.
 * Protocols use the vocabulary of security group rules: '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6',
 * or the IANA protocol number for anything else (NACL entries arrive as numbers and are mapped to names).
 */

import type { ReadResult } from './read-result.js';

/** The account's regional EBS setting (GetEbsEncryptionByDefault). */
export interface Ec2EbsEncryptionByDefault {
  readonly enabled: boolean;
}

/** An EBS volume (DescribeVolumes). */
export interface Ec2Volume {
  readonly arn: string;
  readonly id: string;
  readonly encrypted: boolean;
  /** creating, available, in-use, deleting, deleted, error. */
  readonly state: string;
  readonly attachmentCount: number;
}

/** An instance that is not terminated (DescribeInstances filtered to pending, running, stopping, stopped). */
export interface Ec2Instance {
  readonly arn: string;
  readonly id: string;
  /** pending, running, stopping, stopped. */
  readonly state: string;
  /** The attached instance profile; null when the instance has none. */
  readonly iamInstanceProfileArn: string | null;
  /** IMDS token requirement: 'required' means IMDSv2 only. null when AWS reports no metadata options. */
  readonly metadataHttpTokens: 'required' | 'optional' | null;
  /** Whether the metadata endpoint answers at all. null when AWS reports no metadata options. */
  readonly metadataHttpEndpoint: 'enabled' | 'disabled' | null;
  /** The public IPv4 address (PublicIpAddress); null when it has none. */
  readonly publicIpAddress: string | null;
  /** Attached network interfaces, Elastic Fabric Adapters included (NetworkInterfaces). */
  readonly networkInterfaceCount: number;
  /** 'hvm' or 'paravirtual'; null when AWS does not say. */
  readonly virtualizationType: string | null;
  /** When the instance was launched (ISO 8601); null when AWS does not say. */
  readonly launchTime: string | null;
  /**
   * When the instance last changed state by a user or by AWS (ISO 8601), read from the timestamp AWS puts in
   * StateTransitionReason ("User initiated (2026-01-02 03:04:05 GMT)"); null when the reason carries none.
   */
  readonly stateTransitionTime: string | null;
}

/**
 * The account-level IMDS defaults of the region (GetInstanceMetadataDefaults), applied to instances launched
 * without explicit metadata options. null fields: no preference set.
 */
export interface Ec2InstanceMetadataDefaults {
  readonly httpTokens: 'required' | 'optional' | null;
  readonly httpEndpoint: 'enabled' | 'disabled' | null;
  /** 'account' or 'declarative-policy' (set by the organization and not changeable in the account). */
  readonly managedBy: string | null;
}

/** One rule of a security group, as one IpPermission of DescribeSecurityGroups. */
export interface Ec2SecurityGroupRule {
  /** '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6' or a protocol number. */
  readonly protocol: string;
  /** Port range for tcp/udp (ICMP type/code for icmp); null with all traffic. */
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly ipv4Ranges: readonly string[];
  readonly ipv6Ranges: readonly string[];
  readonly prefixListIds: readonly string[];
  readonly referencedGroupIds: readonly string[];
}

/** A security group (DescribeSecurityGroups). */
export interface Ec2SecurityGroup {
  readonly arn: string;
  readonly id: string;
  readonly name: string;
  readonly vpcId: string | null;
  /** The VPC's default security group (AWS names it 'default'; no other group may take that name). */
  readonly isDefault: boolean;
  readonly ingress: readonly Ec2SecurityGroupRule[];
  readonly egress: readonly Ec2SecurityGroupRule[];
}

/** One numbered entry of a network ACL, including the final catch-all deny AWS adds. */
export interface Ec2NetworkAclEntry {
  readonly ruleNumber: number;
  readonly egress: boolean;
  /** '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6' or a protocol number. */
  readonly protocol: string;
  /** Port range for tcp/udp; null when the entry applies to all ports. */
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly cidrIpv4: string | null;
  readonly cidrIpv6: string | null;
  readonly action: 'allow' | 'deny';
}

/** A network ACL (DescribeNetworkAcls). */
export interface Ec2NetworkAcl {
  readonly arn: string;
  readonly id: string;
  readonly vpcId: string | null;
  readonly isDefault: boolean;
  readonly entries: readonly Ec2NetworkAclEntry[];
  /** The subnets that use it (Associations). */
  readonly associatedSubnetIds: readonly string[];
}

/** A VPC the account owns (DescribeVpcs; VPCs shared into the account are judged in their owner account). */
export interface Ec2Vpc {
  readonly arn: string;
  readonly id: string;
  readonly isDefault: boolean;
}

/** A flow log (DescribeFlowLogs); resourceId is the VPC, subnet or network interface it captures. */
export interface Ec2FlowLog {
  readonly id: string;
  readonly resourceId: string;
  /** AWS reports ACTIVE for a working flow log. */
  readonly status: string;
  readonly trafficType: 'ACCEPT' | 'REJECT' | 'ALL' | null;
  /** SUCCESS or FAILED (delivery to the destination); null when AWS does not say. */
  readonly deliverLogsStatus: string | null;
}

/** A VPC endpoint (DescribeVpcEndpoints). */
export interface Ec2VpcEndpoint {
  readonly id: string;
  readonly vpcId: string;
  /** The service it reaches, e.g. com.amazonaws.eu-west-1.ssm. */
  readonly serviceName: string;
  /** Interface, Gateway, GatewayLoadBalancer, Resource or ServiceNetwork. */
  readonly type: string;
  /** Lower-cased: available, pending, pendingacceptance, deleting, deleted, rejected, failed, expired, partial. */
  readonly state: string;
}

/** A subnet the account owns (DescribeSubnets; subnets shared into the account are judged by their owner). */
export interface Ec2Subnet {
  readonly arn: string;
  readonly id: string;
  readonly vpcId: string;
  /** The VPC's default subnet of its Availability Zone. */
  readonly defaultForAz: boolean;
  /** Instances launched into it get a public IPv4 address (MapPublicIpOnLaunch). */
  readonly mapPublicIpOnLaunch: boolean;
  /** Network interfaces created in it get an IPv6 address (AssignIpv6AddressOnCreation). */
  readonly assignIpv6AddressOnCreation: boolean;
}

/** What the checks read of a launch template version (DescribeLaunchTemplateVersions). */
export interface Ec2LaunchTemplateVersion {
  readonly versionNumber: number;
  /** MetadataOptions.HttpTokens; null when the version does not set metadata options. */
  readonly metadataHttpTokens: 'required' | 'optional' | null;
  /** A network interface of the version sets AssociatePublicIpAddress true. */
  readonly associatesPublicIp: boolean;
  /** Device names of the block device mappings whose EBS volume sets Encrypted false. */
  readonly unencryptedEbsDevices: readonly string[];
}

/** A launch template (DescribeLaunchTemplates) and its default version, read on its own. */
export interface Ec2LaunchTemplate {
  readonly arn: string;
  readonly id: string;
  readonly name: string;
  /** The version launches use unless they name one ($Default). */
  readonly defaultVersion: ReadResult<Ec2LaunchTemplateVersion>;
}

/** One tunnel of a Site-to-Site VPN connection. */
export interface Ec2VpnTunnel {
  readonly outsideIpAddress: string;
  /** UP or DOWN (VgwTelemetry); null when AWS reports no telemetry for the tunnel. */
  readonly status: string | null;
  /** Tunnel activity is logged to CloudWatch Logs (TunnelOptions LogOptions). */
  readonly cloudWatchLogEnabled: boolean;
}

/** A Site-to-Site VPN connection that is not deleted (DescribeVpnConnections). */
export interface Ec2VpnConnection {
  readonly arn: string;
  readonly id: string;
  /** pending, available, deleting. */
  readonly state: string;
  readonly tunnels: readonly Ec2VpnTunnel[];
}

/** A transit gateway the account owns that is not deleted (DescribeTransitGateways). */
export interface Ec2TransitGateway {
  readonly arn: string;
  readonly id: string;
  /** Attachment requests from other accounts are accepted without review (AutoAcceptSharedAttachments). */
  readonly autoAcceptSharedAttachments: boolean;
}

/** A Client VPN endpoint that is not deleted (DescribeClientVpnEndpoints). */
export interface Ec2ClientVpnEndpoint {
  readonly arn: string;
  readonly id: string;
  /** Client connections are logged to CloudWatch Logs (ConnectionLogOptions.Enabled). */
  readonly connectionLoggingEnabled: boolean;
}

/** The region's VPC Block Public Access options (DescribeVpcBlockPublicAccessOptions). */
export interface Ec2VpcBlockPublicAccess {
  /** off, block-bidirectional or block-ingress. */
  readonly internetGatewayBlockMode: string;
}

/** Who may create volumes from a snapshot (DescribeSnapshotAttribute createVolumePermission). */
export interface Ec2SnapshotRestorers {
  /** The group "all": anyone can restore it. */
  readonly public: boolean;
  /** Accounts it is shared with. */
  readonly accountIds: readonly string[];
}

/** An EBS snapshot the account owns (DescribeSnapshots OwnerIds self). */
export interface Ec2Snapshot {
  readonly arn: string;
  readonly id: string;
  readonly volumeId: string | null;
  readonly encrypted: boolean;
  /** Read per snapshot: one unreadable snapshot is that snapshot's ERROR. */
  readonly createVolumePermission: ReadResult<Ec2SnapshotRestorers>;
}

/** A network interface (DescribeNetworkInterfaces). */
export interface Ec2NetworkInterface {
  readonly arn: string;
  readonly id: string;
  /** interface, efa, lambda, branch, natGateway, vpc_endpoint, ... (InterfaceType). */
  readonly interfaceType: string;
  /** Traffic not addressed to the interface is dropped (SourceDestCheck). */
  readonly sourceDestCheck: boolean;
  /** The instance it is attached to; null when detached or attached to something else. */
  readonly instanceId: string | null;
}

/** A Spot Fleet request that has not ended (DescribeSpotFleetRequests). */
export interface Ec2SpotFleetRequest {
  readonly arn: string;
  readonly id: string;
  /** Launch specifications written in the request; 0 when it launches from launch templates only. */
  readonly launchSpecificationCount: number;
  /** Device names of EBS volumes its launch specifications set Encrypted false. */
  readonly unencryptedEbsDevices: readonly string[];
}
