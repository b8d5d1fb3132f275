/**
 * EC2 and VPC inventory of one region, normalized for the network, instance and EBS checks.
 * Protocols use the vocabulary of security group rules: '-1' (all traffic), 'tcp', 'udp', 'icmp', 'icmpv6',
 * or the IANA protocol number for anything else (NACL entries arrive as numbers and are mapped to names).
 */

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
