import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** Position of the opt-in region dev-sandbox enabled in the demo region list (17 defaults, then opt-ins). */
const EU_SOUTH_1_POSITION = 25;

const CHECK = {
  instanceProfile: 'ec2-instance-profile-attached',
  ebsDefault: 'ec2-ebs-encryption-by-default-enabled',
  volume: 'ec2-ebs-volume-encrypted',
  cifs: 'ec2-security-group-cifs-restricted',
  nacl: 'ec2-network-acl-admin-ports-restricted',
  adminIpv4: 'ec2-security-group-admin-ports-ipv4-restricted',
  adminIpv6: 'ec2-security-group-admin-ports-ipv6-restricted',
  defaultSg: 'ec2-default-security-group-restricted',
  imdsv2: 'ec2-instance-imdsv2-required',
  flowLogs: 'vpc-flow-logs-enabled',
} as const;

type Status = 'PASS' | 'FAIL' | 'ERROR';
type Row = [checkId: string, resourceId: string, status: Status];

const ec2 = (account: string, region: string, resource: string) =>
  `arn:aws:ec2:${region}:${account}:${resource}`;

/**
 * The simulator's ids for an untouched default VPC and its default security group and network ACL:
 * `<prefix>-0d<account><region position as 3 hex digits>`.
 */
function defaultVpcIds(account: string, region: string) {
  const position = region === 'eu-south-1' ? EU_SOUTH_1_POSITION : DEFAULT_REGIONS.indexOf(region);
  const suffix = `0d${account}${position.toString(16).padStart(3, '0')}`;
  return {
    vpc: ec2(account, region, `vpc/vpc-${suffix}`),
    sg: ec2(account, region, `security-group/sg-${suffix}`),
    acl: ec2(account, region, `network-acl/acl-${suffix}`),
  };
}

/** Every check on the region itself: what a region with nothing to judge (or nothing readable) gives. */
function wholeRegion(account: string, region: string, status: Status, ebsDefault: Status = status): Row[] {
  const scope = acctRegion(account, region);
  return Object.values(CHECK).map((check) => [
    check,
    scope,
    check === CHECK.ebsDefault ? ebsDefault : status,
  ]);
}

/**
 * An untouched default VPC: its default group admits traffic from itself and sends anywhere (6.5 FAIL)
 * but opens nothing to the internet; its default network ACL allows everything (6.2 FAIL); no flow log.
 */
function untouchedDefaultVpc(account: string, region: string): Row[] {
  const ids = defaultVpcIds(account, region);
  return [
    [CHECK.cifs, ids.sg, 'PASS'],
    [CHECK.adminIpv4, ids.sg, 'PASS'],
    [CHECK.adminIpv6, ids.sg, 'PASS'],
    [CHECK.defaultSg, ids.sg, 'FAIL'],
    [CHECK.nacl, ids.acl, 'FAIL'],
    [CHECK.flowLogs, ids.vpc, 'FAIL'],
  ];
}

/** A region as a new account has it: the default VPC, no instances or volumes. */
function freshRegion(account: string, region: string, ebsDefault: Status = 'FAIL'): Row[] {
  const scope = acctRegion(account, region);
  return [
    [CHECK.instanceProfile, scope, 'PASS'],
    [CHECK.imdsv2, scope, 'PASS'],
    [CHECK.volume, scope, 'PASS'],
    [CHECK.ebsDefault, scope, ebsDefault],
    ...untouchedDefaultVpc(account, region),
  ];
}

/** The same rows for each of several security groups. */
const groups = (check: string, statuses: ReadonlyArray<[resourceId: string, status: Status]>): Row[] =>
  statuses.map(([resourceId, status]) => [check, resourceId, status]);

function managementUsEast1(): Row[] {
  const at = (resource: string) => ec2(management, 'us-east-1', resource);
  const allGroups = ['sg-011aa000000000001', 'sg-011aa000000000002', 'sg-011aa000000000003'].map(
    (id) => [at(`security-group/${id}`), 'PASS'] as [string, Status],
  );
  return [
    [CHECK.instanceProfile, at('instance/i-011aa000000000001'), 'PASS'],
    [CHECK.imdsv2, at('instance/i-011aa000000000001'), 'PASS'],
    [CHECK.volume, at('volume/vol-011aa000000000001'), 'PASS'],
    [CHECK.ebsDefault, acctRegion(management, 'us-east-1'), 'PASS'],
    ...groups(CHECK.cifs, allGroups),
    ...groups(CHECK.adminIpv4, allGroups),
    ...groups(CHECK.adminIpv6, allGroups),
    [CHECK.defaultSg, at('security-group/sg-011aa000000000001'), 'PASS'],
    // The ephemeral-port ALLOW covers 3389, but the DENY entries numbered before it win.
    [CHECK.nacl, at('network-acl/acl-011aa000000000001'), 'PASS'],
    // The unused ACL left over from a migration admits nothing.
    [CHECK.nacl, at('network-acl/acl-011aa000000000002'), 'PASS'],
    [CHECK.flowLogs, at('vpc/vpc-011aa000000000001'), 'PASS'],
  ];
}

function securityToolingEuWest1(): Row[] {
  const at = (resource: string) => ec2(securityTooling, 'eu-west-1', resource);
  const allGroups = ['sg-022bb000000000001', 'sg-022bb000000000002'].map(
    (id) => [at(`security-group/${id}`), 'PASS'] as [string, Status],
  );
  return [
    [CHECK.instanceProfile, at('instance/i-022bb000000000001'), 'PASS'],
    // IMDSv1 allowed, but the metadata endpoint is turned off.
    [CHECK.imdsv2, at('instance/i-022bb000000000001'), 'PASS'],
    [CHECK.volume, at('volume/vol-022bb000000000001'), 'PASS'],
    [CHECK.ebsDefault, acctRegion(securityTooling, 'eu-west-1'), 'PASS'],
    ...groups(CHECK.cifs, allGroups),
    ...groups(CHECK.adminIpv4, allGroups),
    ...groups(CHECK.adminIpv6, allGroups),
    [CHECK.defaultSg, at('security-group/sg-022bb000000000001'), 'PASS'],
    [CHECK.nacl, at('network-acl/acl-022bb000000000001'), 'PASS'],
    // REJECT traffic is what CIS asks for at least.
    [CHECK.flowLogs, at('vpc/vpc-022bb000000000001'), 'PASS'],
  ];
}

function prodWebEuWest1(): Row[] {
  const at = (resource: string) => ec2(prodWeb, 'eu-west-1', resource);
  const sg = (n: number) => at(`security-group/sg-044cc00000000000${n}`);
  return [
    ...untouchedDefaultVpc(prodWeb, 'eu-west-1'),
    [CHECK.instanceProfile, at('instance/i-044cc000000000001'), 'FAIL'],
    [CHECK.instanceProfile, at('instance/i-044cc000000000002'), 'PASS'],
    [CHECK.imdsv2, at('instance/i-044cc000000000001'), 'FAIL'],
    [CHECK.imdsv2, at('instance/i-044cc000000000002'), 'PASS'],
    [CHECK.volume, at('volume/vol-044cc000000000001'), 'PASS'],
    [CHECK.volume, at('volume/vol-044cc000000000002'), 'PASS'],
    [CHECK.ebsDefault, acctRegion(prodWeb, 'eu-west-1'), 'FAIL'],
    ...groups(CHECK.cifs, [
      [sg(1), 'PASS'],
      [sg(2), 'PASS'],
      [sg(3), 'PASS'],
    ]),
    // web-admin: SSH from 0.0.0.0/0, RDP from ::/0.
    ...groups(CHECK.adminIpv4, [
      [sg(1), 'PASS'],
      [sg(2), 'FAIL'],
      [sg(3), 'PASS'],
    ]),
    ...groups(CHECK.adminIpv6, [
      [sg(1), 'PASS'],
      [sg(2), 'FAIL'],
      [sg(3), 'PASS'],
    ]),
    [CHECK.defaultSg, sg(1), 'PASS'],
    // The web VPC kept AWS's allow-all default network ACL; its flow log records ACCEPT traffic only.
    [CHECK.nacl, at('network-acl/acl-044cc000000000001'), 'FAIL'],
    [CHECK.flowLogs, at('vpc/vpc-044cc000000000001'), 'FAIL'],
  ];
}

function prodDataUsEast1(): Row[] {
  const at = (resource: string) => ec2(prodData, 'us-east-1', resource);
  const sg = (n: number) => at(`security-group/sg-055dd00000000000${n}`);
  return [
    [CHECK.instanceProfile, at('instance/i-055dd000000000001'), 'PASS'],
    [CHECK.imdsv2, at('instance/i-055dd000000000001'), 'PASS'],
    [CHECK.volume, at('volume/vol-055dd000000000001'), 'PASS'],
    [CHECK.volume, at('volume/vol-055dd000000000002'), 'FAIL'],
    [CHECK.ebsDefault, acctRegion(prodData, 'us-east-1'), 'PASS'],
    // file-share: TCP 445 from 0.0.0.0/0.
    ...groups(CHECK.cifs, [
      [sg(1), 'PASS'],
      [sg(2), 'FAIL'],
      [sg(3), 'PASS'],
    ]),
    ...groups(CHECK.adminIpv4, [
      [sg(1), 'PASS'],
      [sg(2), 'PASS'],
      [sg(3), 'PASS'],
    ]),
    ...groups(CHECK.adminIpv6, [
      [sg(1), 'PASS'],
      [sg(2), 'PASS'],
      [sg(3), 'PASS'],
    ]),
    [CHECK.defaultSg, sg(1), 'PASS'],
    [CHECK.nacl, at('network-acl/acl-055dd000000000001'), 'PASS'],
    // The subnet ACL allows SSH from the internet.
    [CHECK.nacl, at('network-acl/acl-055dd000000000002'), 'FAIL'],
    [CHECK.flowLogs, at('vpc/vpc-055dd000000000001'), 'PASS'],
  ];
}

function sharedServicesUsEast1(): Row[] {
  const host = ec2(sharedServices, 'us-east-1', 'instance/i-099ee000000000001');
  return [
    ...freshRegion(sharedServices, 'us-east-1').filter(
      ([check]) => check !== CHECK.instanceProfile && check !== CHECK.imdsv2,
    ),
    // A stopped build host: it has an instance profile, but accepts IMDSv1.
    [CHECK.instanceProfile, host, 'PASS'],
    [CHECK.imdsv2, host, 'FAIL'],
  ];
}

/** Each region of the account: its own rows where listed, else `otherwise`. */
function everyRegion(
  account: string,
  regions: readonly string[],
  otherwise: (region: string) => Row[],
  special: Readonly<Record<string, Row[]>> = {},
): ExpectedFinding[] {
  return regions.flatMap((region) =>
    (special[region] ?? otherwise(region)).map(
      ([check, resource, status]): ExpectedFinding => [account, check, resource, status],
    ),
  );
}

/** EC2 and VPC checks on the demo organization's planted posture, written out by hand. */
export const EXPECTED_NETWORK: ExpectedFinding[] = [
  // Default VPCs deleted, EBS encryption by default on everywhere; one well-kept VPC in us-east-1.
  ...everyRegion(management, DEFAULT_REGIONS, (region) => wholeRegion(management, region, 'PASS'), {
    'us-east-1': managementUsEast1(),
  }),
  // Same, with the scanner VPC in eu-west-1.
  ...everyRegion(securityTooling, DEFAULT_REGIONS, (region) => wholeRegion(securityTooling, region, 'PASS'), {
    'eu-west-1': securityToolingEuWest1(),
  }),
  // No VPCs, EBS encryption by default on: nothing to fault.
  ...everyRegion(logArchive, DEFAULT_REGIONS, (region) => wholeRegion(logArchive, region, 'PASS')),
  // Fresh regions, and the web VPC next to the default one in eu-west-1.
  ...everyRegion(prodWeb, DEFAULT_REGIONS, (region) => freshRegion(prodWeb, region), {
    'eu-west-1': prodWebEuWest1(),
  }),
  // Default VPCs untouched but EBS encryption by default on; the data VPC in us-east-1.
  ...everyRegion(prodData, DEFAULT_REGIONS, (region) => freshRegion(prodData, region, 'PASS'), {
    'us-east-1': prodDataUsEast1(),
  }),
  // Untouched: every region fresh, including the opted-in eu-south-1; sa-east-1 denied by an SCP (not
  // evaluated).
  ...everyRegion(
    devSandbox,
    [...DEFAULT_REGIONS, 'eu-south-1'].filter((region) => region !== SCP_DENIED_REGION),
    (region) => freshRegion(devSandbox, region),
  ),
  ...everyRegion(sharedServices, DEFAULT_REGIONS, (region) => freshRegion(sharedServices, region), {
    'us-east-1': sharedServicesUsEast1(),
  }),
];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_NETWORK. */
export const NETWORK_CHECKS: string[] = Object.values(CHECK);
