import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** Position of the opt-in region dev-sandbox enabled in the demo region list (17 defaults, then opt-ins). */
const EU_SOUTH_1_POSITION = 25;

/** The FSBP group g1 checks (EC2 beyond the CIS network checks). */
const CHECK = {
  attachedVolume: 'ec2-ebs-attached-volume-encrypted',
  stoppedInstance: 'ec2-stopped-instance-removed-after-30-days',
  publicIpv4: 'ec2-instance-no-public-ipv4',
  singleEni: 'ec2-instance-single-network-interface',
  paravirtual: 'ec2-instance-paravirtual-not-used',
  authorizedPorts: 'ec2-security-group-only-authorized-ports-open',
  highRiskPorts: 'ec2-security-group-high-risk-ports-restricted',
  subnetAutoAssign: 'ec2-subnet-public-ip-auto-assign-disabled',
  ec2Endpoint: 'vpc-ec2-endpoint-configured',
  ecrApiEndpoint: 'vpc-ecr-api-endpoint-configured',
  ecrDkrEndpoint: 'vpc-ecr-dkr-endpoint-configured',
  ssmEndpoint: 'vpc-ssm-endpoint-configured',
  ssmContactsEndpoint: 'vpc-ssm-contacts-endpoint-configured',
  ssmIncidentsEndpoint: 'vpc-ssm-incidents-endpoint-configured',
  templateImdsv2: 'ec2-launch-template-imdsv2-required',
  templatePublicIp: 'ec2-launch-template-public-ip-disabled',
  templateEbsEncrypted: 'ec2-launch-template-ebs-encrypted',
  vpnTunnelsUp: 'ec2-vpn-tunnels-up',
  vpnTunnelLogging: 'ec2-vpn-tunnel-logging-enabled',
  transitGatewayAutoAccept: 'ec2-transit-gateway-auto-accept-disabled',
  clientVpnLogging: 'ec2-client-vpn-connection-logging-enabled',
  blockPublicAccess: 'ec2-vpc-block-public-access-igw-blocked',
  snapshotPublic: 'ec2-ebs-snapshot-not-public',
  aclAssociated: 'ec2-network-acl-associated',
  sourceDestCheck: 'ec2-network-interface-source-dest-check-enabled',
  groupElbHealthCheck: 'autoscaling-group-elb-health-check-enabled',
  groupMultiAz: 'autoscaling-group-multi-az',
  groupInstanceTypes: 'autoscaling-group-multiple-instance-types',
  groupLaunchTemplate: 'autoscaling-group-launch-template-used',
  launchConfigImdsv2: 'autoscaling-launch-configuration-imdsv2-required',
  launchConfigPublicIp: 'autoscaling-launch-configuration-public-ip-disabled',
  ssmManaged: 'ssm-instance-managed',
  ssmDocumentPublic: 'ssm-document-not-public',
  ssmAutomationLogging: 'ssm-automation-cloudwatch-logging-enabled',
  ssmPublicSharingBlocked: 'ssm-document-public-sharing-blocked',
  ssmPatchCompliance: 'ssm-patch-compliance-compliant',
  ssmAssociationCompliance: 'ssm-association-compliance-compliant',
  spotFleetEncrypted: 'ec2-spot-fleet-ebs-encrypted',
} as const;

type Check = (typeof CHECK)[keyof typeof CHECK];
type Status = 'PASS' | 'FAIL' | 'ERROR';
type Row = [checkId: string, resourceId: string, status: Status];

const INSTANCE_CHECKS: readonly Check[] = [
  CHECK.stoppedInstance,
  CHECK.publicIpv4,
  CHECK.singleEni,
  CHECK.paravirtual,
  CHECK.ssmManaged,
];
const SECURITY_GROUP_CHECKS: readonly Check[] = [CHECK.authorizedPorts, CHECK.highRiskPorts];
const ENDPOINT_CHECKS: readonly Check[] = [
  CHECK.ec2Endpoint,
  CHECK.ecrApiEndpoint,
  CHECK.ecrDkrEndpoint,
  CHECK.ssmEndpoint,
  CHECK.ssmContactsEndpoint,
  CHECK.ssmIncidentsEndpoint,
];
const LAUNCH_TEMPLATE_CHECKS: readonly Check[] = [
  CHECK.templateImdsv2,
  CHECK.templatePublicIp,
  CHECK.templateEbsEncrypted,
];
const GROUP_CHECKS: readonly Check[] = [
  CHECK.groupElbHealthCheck,
  CHECK.groupMultiAz,
  CHECK.groupInstanceTypes,
  CHECK.groupLaunchTemplate,
];
const LAUNCH_CONFIGURATION_CHECKS: readonly Check[] = [CHECK.launchConfigImdsv2, CHECK.launchConfigPublicIp];
/** The id the simulator puts in Auto Scaling ARNs. */
const AUTOSCALING_UUID = '6d1f2b3c-0000-4000-8000-000000000001';
/** A VPC without any endpoint fails every endpoint check. */
const NO_ENDPOINTS = ENDPOINT_CHECKS;

const ec2 = (account: string, region: string, resource: string) =>
  `arn:aws:ec2:${region}:${account}:${resource}`;

/** The simulator's id suffix for generated resources: `0d<account><region position as 3 hex digits>`. */
function generatedSuffix(account: string, region: string): string {
  const position = region === 'eu-south-1' ? EU_SOUTH_1_POSITION : DEFAULT_REGIONS.indexOf(region);
  return `0d${account}${position.toString(16).padStart(3, '0')}`;
}

/** Resources a region holds, each with the checks it fails (every other check of its kind passes). */
interface RegionPlan {
  /** Whether the region keeps the default VPC AWS created (with its default security group). */
  readonly defaultVpc: boolean;
  readonly instances?: Readonly<Record<string, readonly Check[]>>;
  /** Volumes attached to an instance, with their EC2.3 status. */
  readonly attachedVolumes?: Readonly<Record<string, Status>>;
  /** Security groups other than the default VPC's, with the checks they fail. */
  readonly securityGroups?: Readonly<Record<string, readonly Check[]>>;
  /** VPCs other than the default one, with the endpoint checks they fail. */
  readonly vpcs?: Readonly<Record<string, readonly Check[]>>;
  /** Subnets other than the default VPC's (which assign public IPv4 addresses), all private. */
  readonly privateSubnets?: readonly string[];
  /** Launch templates (fsbp-g1-demo.ts), with the checks they fail. */
  readonly launchTemplates?: Readonly<Record<string, readonly Check[]>>;
  /** VPN connections, transit gateways and Client VPN endpoints (fsbp-g1-demo.ts), with what they fail. */
  readonly vpnConnections?: Readonly<Record<string, readonly Check[]>>;
  readonly transitGateways?: Readonly<Record<string, readonly Check[]>>;
  readonly clientVpnEndpoints?: Readonly<Record<string, readonly Check[]>>;
  /** EBS snapshots (fsbp-g1-demo.ts), non-default network ACLs and the instances' network interfaces. */
  readonly snapshots?: Readonly<Record<string, readonly Check[]>>;
  readonly customAcls?: Readonly<Record<string, readonly Check[]>>;
  readonly interfaces?: Readonly<Record<string, readonly Check[]>>;
  /** Auto Scaling groups and launch configurations by name (fsbp-g1-demo.ts), with what they fail. */
  readonly autoscalingGroups?: Readonly<Record<string, readonly Check[]>>;
  readonly launchConfigurations?: Readonly<Record<string, readonly Check[]>>;
  /** SSM documents by name (fsbp-g1-demo.ts), with what they fail. */
  readonly ssmDocuments?: Readonly<Record<string, readonly Check[]>>;
  /** Instances reporting patch and association compliance (fsbp-g1-demo.ts), with what they fail. */
  readonly compliance?: Readonly<Record<string, readonly Check[]>>;
  /** Spot Fleet requests with launch specifications (fsbp-g1-demo.ts), with what they fail. */
  readonly spotFleets?: Readonly<Record<string, readonly Check[]>>;
}

/** What each scanned account's regions hold, by network-demo.ts: default VPC kept or not, planted regions. */
const ACCOUNTS: Readonly<
  Record<string, { defaultVpc: boolean; regions?: readonly string[]; planted?: Record<string, RegionPlan> }>
> = {
  [management]: {
    defaultVpc: false,
    planted: {
      'us-east-1': {
        defaultVpc: false,
        instances: { 'i-011aa000000000001': [] },
        attachedVolumes: { 'vol-011aa000000000001': 'PASS' },
        // alb-public opens 443 only to the internet.
        securityGroups: {
          'sg-011aa000000000001': [],
          'sg-011aa000000000002': [],
          'sg-011aa000000000003': [],
        },
        // fsbp-g1-demo.ts: every interface endpoint the checks look for, and private subnets.
        vpcs: { 'vpc-011aa000000000001': [] },
        privateSubnets: ['subnet-011aa000000000001', 'subnet-011aa000000000002'],
        launchTemplates: { 'lt-011aa000000000001': [] },
        compliance: { 'i-011aa000000000001': [CHECK.ssmAssociationCompliance] },
        // The ACL left over from a migration, used by no subnet.
        customAcls: { 'acl-011aa000000000002': [CHECK.aclAssociated] },
        interfaces: { 'eni-011aa0000000000010': [] },
      },
    },
  },
  [securityTooling]: {
    defaultVpc: false,
    planted: {
      'eu-west-1': {
        defaultVpc: false,
        instances: { 'i-022bb000000000001': [] },
        attachedVolumes: { 'vol-022bb000000000001': 'PASS' },
        securityGroups: { 'sg-022bb000000000001': [], 'sg-022bb000000000002': [] },
        // fsbp-g1-demo.ts: a Systems Manager endpoint only.
        vpcs: { 'vpc-022bb000000000001': ENDPOINT_CHECKS.filter((check) => check !== CHECK.ssmEndpoint) },
        privateSubnets: ['subnet-022bb000000000001'],
        clientVpnEndpoints: { 'cvpn-endpoint-022bb00000000001': [] },
        interfaces: { 'eni-022bb0000000000010': [] },
      },
    },
  },
  [logArchive]: { defaultVpc: false },
  [prodWeb]: {
    defaultVpc: true,
    planted: {
      'eu-west-1': {
        defaultVpc: true,
        // The web instance has a public address and no SSM Agent; the terminated one is not listed.
        instances: { 'i-044cc000000000001': [CHECK.publicIpv4, CHECK.ssmManaged], 'i-044cc000000000002': [] },
        attachedVolumes: { 'vol-044cc000000000001': 'PASS', 'vol-044cc000000000002': 'PASS' },
        // web-admin: SSH from 0.0.0.0/0 and RDP from ::/0; web-public: 80 and 443 only.
        securityGroups: {
          'sg-044cc000000000001': [],
          'sg-044cc000000000002': [CHECK.authorizedPorts, CHECK.highRiskPorts],
          'sg-044cc000000000003': [],
        },
        vpcs: { 'vpc-044cc000000000001': NO_ENDPOINTS },
        // The web launch template: IMDSv1, a public address, an unencrypted data volume.
        launchTemplates: { 'lt-044cc000000000001': LAUNCH_TEMPLATE_CHECKS },
        clientVpnEndpoints: { 'cvpn-endpoint-044cc00000000001': [CHECK.clientVpnLogging] },
        // The terminated instance's interface is gone.
        interfaces: { 'eni-044cc0000000000010': [], 'eni-044cc0000000000020': [] },
        // The web group is well kept; the legacy batch group and its launch configuration are not.
        autoscalingGroups: { web: [], 'legacy-batch': GROUP_CHECKS },
        launchConfigurations: { 'legacy-batch-lc': LAUNCH_CONFIGURATION_CHECKS, 'hardened-lc': [] },
      },
    },
  },
  [prodData]: {
    defaultVpc: true,
    planted: {
      'us-east-1': {
        defaultVpc: false,
        // The ETL host has a second network interface.
        instances: { 'i-055dd000000000001': [CHECK.singleEni] },
        attachedVolumes: { 'vol-055dd000000000001': 'PASS', 'vol-055dd000000000002': 'FAIL' },
        // file-share: TCP 445 from 0.0.0.0/0.
        securityGroups: {
          'sg-055dd000000000001': [],
          'sg-055dd000000000002': [CHECK.authorizedPorts, CHECK.highRiskPorts],
          'sg-055dd000000000003': [],
        },
        vpcs: { 'vpc-055dd000000000001': NO_ENDPOINTS },
        // One connection with a tunnel down, one without tunnel logging.
        vpnConnections: {
          'vpn-055dd000000000001': [CHECK.vpnTunnelsUp],
          'vpn-055dd000000000002': [CHECK.vpnTunnelLogging],
        },
        privateSubnets: ['subnet-055dd000000000001'],
        customAcls: { 'acl-055dd000000000002': [] },
        snapshots: { 'snap-055dd000000000001': [], 'snap-055dd000000000002': [CHECK.snapshotPublic] },
        interfaces: { 'eni-055dd0000000000010': [], 'eni-055dd0000000000011': [] },
        ssmDocuments: { 'etl-runbook': [], 'db-restore': [CHECK.ssmDocumentPublic] },
        compliance: { 'i-055dd000000000001': [CHECK.ssmPatchCompliance] },
      },
    },
  },
  [devSandbox]: { defaultVpc: true, regions: [...DEFAULT_REGIONS, 'eu-south-1'] },
  [sharedServices]: {
    defaultVpc: true,
    planted: {
      // The build host: stopped 90 days ago, paravirtual.
      'us-east-1': {
        defaultVpc: true,
        instances: { 'i-099ee000000000001': [CHECK.stoppedInstance, CHECK.paravirtual, CHECK.ssmManaged] },
        transitGateways: {
          'tgw-099ee000000000001': [CHECK.transitGatewayAutoAccept],
          'tgw-099ee000000000002': [],
        },
        spotFleets: { 'sfr-099ee000000000001': [CHECK.spotFleetEncrypted], 'sfr-099ee000000000002': [] },
        // The build host's interface does not check source and destination.
        interfaces: { 'eni-099ee0000000000010': [CHECK.sourceDestCheck] },
      },
    },
  },
};

/** Rows of `checks` for each resource of a plan entry, or one PASS on the region when there is none. */
function perResource(
  account: string,
  region: string,
  checks: readonly Check[],
  resources: ReadonlyArray<[arn: string, failing: readonly Check[]]>,
): Row[] {
  if (resources.length === 0) return checks.map((check) => [check, acctRegion(account, region), 'PASS']);
  return checks.flatMap((check) =>
    resources.map(([arn, failing]): Row => [check, arn, failing.includes(check) ? 'FAIL' : 'PASS']),
  );
}

/** `[arn, failing]` for each resource of a plan entry, named `<kind>/<id>` in the region. */
function planned(
  account: string,
  region: string,
  kind: string,
  resources: Readonly<Record<string, readonly Check[]>> | undefined,
): Array<[string, readonly Check[]]> {
  return Object.entries(resources ?? {}).map(([id, failing]) => [
    ec2(account, region, `${kind}/${id}`),
    failing,
  ]);
}

/** Accounts logging SSM Automation to CloudWatch and blocking public documents everywhere (fsbp-g1-demo.ts). */
const SSM_SETTINGS_SET: ReadonlySet<string> = new Set([logArchive]);

/** Accounts whose VPC Block Public Access blocks internet gateways everywhere (fsbp-g1-demo.ts). */
const BLOCK_PUBLIC_ACCESS_ON: ReadonlySet<string> = new Set([logArchive]);

function regionRows(account: string, region: string, plan: RegionPlan): Row[] {
  const at = (resource: string) => ec2(account, region, resource);
  const suffix = generatedSuffix(account, region);
  const instances = Object.entries(plan.instances ?? {}).map(([id, failing]): [string, readonly Check[]] => [
    at(`instance/${id}`),
    failing,
  ]);
  const volumes = Object.entries(plan.attachedVolumes ?? {});
  // The untouched default VPC's default group admits only itself: no exposure to the internet.
  const groups: Array<[string, readonly Check[]]> = [
    ...(plan.defaultVpc ? [[at(`security-group/sg-${suffix}`), []] as [string, readonly Check[]]] : []),
    ...Object.entries(plan.securityGroups ?? {}).map(([id, failing]): [string, readonly Check[]] => [
      at(`security-group/${id}`),
      failing,
    ]),
  ];
  // The default VPC has no endpoints; its three default subnets assign public IPv4 addresses.
  const vpcs: Array<[string, readonly Check[]]> = [
    ...(plan.defaultVpc ? [[at(`vpc/vpc-${suffix}`), NO_ENDPOINTS] as [string, readonly Check[]]] : []),
    ...Object.entries(plan.vpcs ?? {}).map(([id, failing]): [string, readonly Check[]] => [
      at(`vpc/${id}`),
      failing,
    ]),
  ];
  const subnets: Array<[string, readonly Check[]]> = [
    ...(plan.defaultVpc
      ? [0, 1, 2].map((zone): [string, readonly Check[]] => [
          at(`subnet/subnet-${suffix}${zone}`),
          [CHECK.subnetAutoAssign],
        ])
      : []),
    ...(plan.privateSubnets ?? []).map((id): [string, readonly Check[]] => [at(`subnet/${id}`), []]),
  ];
  return [
    ...perResource(account, region, INSTANCE_CHECKS, instances),
    ...(volumes.length === 0
      ? [[CHECK.attachedVolume, acctRegion(account, region), 'PASS'] as Row]
      : volumes.map(([id, status]): Row => [CHECK.attachedVolume, at(`volume/${id}`), status])),
    ...perResource(account, region, SECURITY_GROUP_CHECKS, groups),
    ...perResource(account, region, ENDPOINT_CHECKS, vpcs),
    ...perResource(account, region, [CHECK.subnetAutoAssign], subnets),
    ...perResource(
      account,
      region,
      LAUNCH_TEMPLATE_CHECKS,
      planned(account, region, 'launch-template', plan.launchTemplates),
    ),
    ...perResource(
      account,
      region,
      [CHECK.vpnTunnelsUp, CHECK.vpnTunnelLogging],
      planned(account, region, 'vpn-connection', plan.vpnConnections),
    ),
    ...perResource(
      account,
      region,
      [CHECK.transitGatewayAutoAccept],
      planned(account, region, 'transit-gateway', plan.transitGateways),
    ),
    ...perResource(
      account,
      region,
      [CHECK.clientVpnLogging],
      planned(account, region, 'client-vpn-endpoint', plan.clientVpnEndpoints),
    ),
    [
      CHECK.blockPublicAccess,
      acctRegion(account, region),
      BLOCK_PUBLIC_ACCESS_ON.has(account) ? 'PASS' : 'FAIL',
    ],
    ...perResource(
      account,
      region,
      [CHECK.snapshotPublic],
      planned(account, region, 'snapshot', plan.snapshots),
    ),
    ...perResource(
      account,
      region,
      [CHECK.aclAssociated],
      planned(account, region, 'network-acl', plan.customAcls),
    ),
    ...perResource(
      account,
      region,
      [CHECK.sourceDestCheck],
      planned(account, region, 'network-interface', plan.interfaces),
    ),
    ...perResource(
      account,
      region,
      GROUP_CHECKS,
      Object.entries(plan.autoscalingGroups ?? {}).map(([name, failing]): [string, readonly Check[]] => [
        `arn:aws:autoscaling:${region}:${account}:autoScalingGroup:${AUTOSCALING_UUID}:autoScalingGroupName/${name}`,
        failing,
      ]),
    ),
    ...perResource(
      account,
      region,
      [CHECK.ssmDocumentPublic],
      Object.entries(plan.ssmDocuments ?? {}).map(([name, failing]): [string, readonly Check[]] => [
        `arn:aws:ssm:${region}:${account}:document/${name}`,
        failing,
      ]),
    ),
    ...perResource(
      account,
      region,
      [CHECK.spotFleetEncrypted],
      planned(account, region, 'spot-fleet-request', plan.spotFleets),
    ),
    ...perResource(
      account,
      region,
      [CHECK.ssmPatchCompliance, CHECK.ssmAssociationCompliance],
      planned(account, region, 'instance', plan.compliance),
    ),
    ...[CHECK.ssmAutomationLogging, CHECK.ssmPublicSharingBlocked].map(
      (check): Row => [check, acctRegion(account, region), SSM_SETTINGS_SET.has(account) ? 'PASS' : 'FAIL'],
    ),
    ...perResource(
      account,
      region,
      LAUNCH_CONFIGURATION_CHECKS,
      Object.entries(plan.launchConfigurations ?? {}).map(([name, failing]): [string, readonly Check[]] => [
        `arn:aws:autoscaling:${region}:${account}:launchConfiguration:${AUTOSCALING_UUID}:launchConfigurationName/${name}`,
        failing,
      ]),
    ),
  ];
}

/** FSBP group g1 checks on the demo organization's planted posture. */
export const EXPECTED_FSBP_G1: ExpectedFinding[] = Object.entries(ACCOUNTS).flatMap(([account, setup]) =>
  (setup.regions ?? DEFAULT_REGIONS).flatMap((region) => {
    // sa-east-1 of dev-sandbox: an SCP denies every call, so the region is not evaluated.
    const rows =
      account === devSandbox && region === SCP_DENIED_REGION
        ? []
        : regionRows(account, region, setup.planted?.[region] ?? { defaultVpc: setup.defaultVpc });
    return rows.map(([check, resource, status]): ExpectedFinding => [account, check, resource, status]);
  }),
);

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G1. */
export const FSBP_G1_CHECKS: string[] = Object.values(CHECK);
