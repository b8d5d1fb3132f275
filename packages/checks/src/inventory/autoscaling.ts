/** Amazon EC2 Auto Scaling inventory of one region, normalized for the FSBP AutoScaling checks. */

/** An Auto Scaling group (DescribeAutoScalingGroups). */
export interface AutoscalingGroup {
  readonly arn: string;
  readonly name: string;
  /** How instance health is judged: EC2, ELB, VPC_LATTICE (AWS may list several, comma-separated). */
  readonly healthCheckType: string;
  /** A Classic Load Balancer, target group or ELB traffic source is attached. */
  readonly loadBalanced: boolean;
  readonly availabilityZones: readonly string[];
  /** The launch configuration it launches from; null when it uses a launch template. */
  readonly launchConfigurationName: string | null;
  /** The launch template, directly or through its mixed instances policy; null when none. */
  readonly launchTemplateId: string | null;
  /** Distinct instance types its mixed instances policy overrides name; empty without one. */
  readonly overrideInstanceTypes: readonly string[];
  /** An override selects instance types by attributes (InstanceRequirements), so several types qualify. */
  readonly attributeBasedInstanceTypes: boolean;
}

/** A launch configuration (DescribeLaunchConfigurations). */
export interface AutoscalingLaunchConfiguration {
  readonly arn: string;
  readonly name: string;
  /** MetadataOptions.HttpTokens; null when the configuration sets no metadata options. */
  readonly metadataHttpTokens: 'required' | 'optional' | null;
  /** AssociatePublicIpAddress; null when not set (the subnet decides). */
  readonly associatePublicIpAddress: boolean | null;
}
