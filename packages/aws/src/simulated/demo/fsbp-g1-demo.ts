import type { AutoscalingState } from '../state/autoscaling-state.js';
import type { Ec2State } from '../state/ec2-state.js';
import type { SsmState } from '../state/ssm-state.js';

/**
 * The demo organization's EC2 beyond the VPC basics (subnets, VPC endpoints, launch templates, VPN, transit
 * gateways, EBS snapshots, VPC Block Public Access), per account. Undefined is an account as AWS creates it: the default
 * VPC's public default subnets where network-demo.ts keeps it, no endpoints, launch templates, VPN or
 * transit gateways, and Block Public Access off. What each account plants:
 * - management: in us-east-1, two private subnets in its VPC and interface endpoints for EC2, ECR (API and
 *   Docker Registry), Systems Manager and Incident Manager (both), so no API call leaves the AWS network;
 *   the app-server launch template requires IMDSv2, assigns no public address and encrypts its volume
 * - security-tooling: in eu-west-1, a private subnet in the scanner VPC, a Systems Manager endpoint only,
 *   and the admins' Client VPN endpoint, logging connections
 * - log-archive: VPC Block Public Access blocks internet gateways in both directions in every region
 * - prod-web: in eu-west-1, the web launch template allows IMDSv1, gives its instances a public address and
 *   turns encryption off for its data volume; a Client VPN endpoint without connection logging
 * - prod-data: in us-east-1, two VPN connections to the data centre: one with a tunnel down (both tunnels
 *   logged), one with both tunnels up but no tunnel logging; the database subnet using the subnet ACL; a
 *   snapshot of the ETL volume shared with log-archive, and one of the unencrypted volume made public
 * - shared-services: in us-east-1, a transit gateway that accepts shared attachments automatically and one
 *   that does not; two build Spot Fleets, one turning encryption off for its scratch volume
 */
const MANAGEMENT_VPC = 'vpc-011aa000000000001';
const INTERFACE_SERVICES = ['ec2', 'ecr.api', 'ecr.dkr', 'ssm', 'ssm-contacts', 'ssm-incidents'];

const STATES: Readonly<Record<string, Ec2State>> = {
  '333333333333': { everyRegion: { vpcBlockPublicAccess: 'block-bidirectional' } },
  '555555555555': {
    regions: {
      'us-east-1': {
        vpnConnections: [
          { id: 'vpn-055dd000000000001', tunnelsUp: 1, tunnelLogging: true },
          { id: 'vpn-055dd000000000002' },
        ],
        // The database subnet, behind the subnet ACL of network-demo.ts.
        subnets: [
          {
            id: 'subnet-055dd000000000001',
            vpcId: 'vpc-055dd000000000001',
            networkAclId: 'acl-055dd000000000002',
          },
        ],
        snapshots: [
          {
            id: 'snap-055dd000000000001',
            volumeId: 'vol-055dd000000000001',
            encrypted: true,
            sharedWith: ['333333333333'],
          },
          { id: 'snap-055dd000000000002', volumeId: 'vol-055dd000000000002', public: true },
        ],
      },
    },
  },
  '999999999999': {
    regions: {
      'us-east-1': {
        transitGateways: [
          { id: 'tgw-099ee000000000001', autoAcceptSharedAttachments: true },
          { id: 'tgw-099ee000000000002' },
        ],
        spotFleetRequests: [
          { id: 'sfr-099ee000000000001', volumes: [{ deviceName: '/dev/xvdb', encrypted: false }] },
          { id: 'sfr-099ee000000000002', volumes: [{ deviceName: '/dev/xvdb', encrypted: true }] },
        ],
      },
    },
  },
  '111111111111': {
    regions: {
      'us-east-1': {
        subnets: [
          { id: 'subnet-011aa000000000001', vpcId: MANAGEMENT_VPC },
          { id: 'subnet-011aa000000000002', vpcId: MANAGEMENT_VPC },
        ],
        vpcEndpoints: INTERFACE_SERVICES.map((service, index) => ({
          id: `vpce-011aa00000000000${index + 1}`,
          vpcId: MANAGEMENT_VPC,
          service,
        })),
        launchTemplates: [
          {
            id: 'lt-011aa000000000001',
            name: 'app-server',
            httpTokens: 'required',
            associatePublicIp: false,
            volumes: [{ deviceName: '/dev/xvda', encrypted: true }],
          },
        ],
      },
    },
  },
  '444444444444': {
    regions: {
      'eu-west-1': {
        launchTemplates: [
          {
            id: 'lt-044cc000000000001',
            name: 'web',
            httpTokens: 'optional',
            associatePublicIp: true,
            volumes: [
              { deviceName: '/dev/xvda', encrypted: true },
              { deviceName: '/dev/xvdb', encrypted: false },
            ],
          },
        ],
        clientVpnEndpoints: [{ id: 'cvpn-endpoint-044cc00000000001' }],
      },
    },
  },
  '222222222222': {
    regions: {
      'eu-west-1': {
        subnets: [{ id: 'subnet-022bb000000000001', vpcId: 'vpc-022bb000000000001' }],
        vpcEndpoints: [{ id: 'vpce-022bb000000000001', vpcId: 'vpc-022bb000000000001', service: 'ssm' }],
        clientVpnEndpoints: [{ id: 'cvpn-endpoint-022bb00000000001', connectionLogging: true }],
      },
    },
  },
};

/** The demo organization's EC2 beyond the VPC basics, for one account (undefined: as AWS creates it). */
export function demoFsbpG1State(accountId: string): Ec2State | undefined {
  return STATES[accountId];
}

/**
 * The demo organization's Auto Scaling: prod-web runs, in eu-west-1, the web group as it should be (ELB
 * health checks, three zones, a launch template with two instance types) and a legacy batch group (EC2
 * health checks behind a target group, one zone, a launch configuration allowing IMDSv1 and public
 * addresses), beside a hardened launch configuration nothing uses yet. Other accounts have none.
 */
const AUTOSCALING_STATES: Readonly<Record<string, AutoscalingState>> = {
  '444444444444': {
    regions: {
      'eu-west-1': {
        groups: [
          {
            name: 'web',
            healthCheckType: 'ELB',
            targetGroups: ['web'],
            zones: ['a', 'b', 'c'],
            launchTemplate: 'lt-044cc000000000001',
            instanceTypes: ['m5.large', 'm6i.large'],
          },
          {
            name: 'legacy-batch',
            targetGroups: ['batch'],
            zones: ['a'],
            launchConfiguration: 'legacy-batch-lc',
          },
        ],
        launchConfigurations: [
          { name: 'legacy-batch-lc', httpTokens: 'optional', associatePublicIp: true },
          { name: 'hardened-lc', httpTokens: 'required', associatePublicIp: false },
        ],
      },
    },
  },
};

/** The demo organization's Auto Scaling of one account (undefined: none, as AWS creates an account). */
export function demoFsbpG1AutoscalingState(accountId: string): AutoscalingState | undefined {
  return AUTOSCALING_STATES[accountId];
}

/**
 * The demo organization's Systems Manager: log-archive sends Automation output to CloudWatch Logs and blocks
 * public sharing of documents in every region (everyone else keeps the defaults); the SSM Agent manages
 * the instances of network-demo.ts except prod-web's public web instance and shared-services' stopped build
 * host; prod-data shares its ETL runbook with log-archive and its restore document with everyone. The
 * management app server is patched but an association failed on it; the prod-data ETL host is missing
 * patches, its associations applied.
 */
const SSM_STATES: Readonly<Record<string, SsmState>> = {
  '111111111111': {
    regions: {
      'us-east-1': {
        managedInstances: ['i-011aa000000000001'],
        compliance: [
          { instanceId: 'i-011aa000000000001', type: 'Patch', status: 'COMPLIANT' },
          { instanceId: 'i-011aa000000000001', type: 'Association', status: 'NON_COMPLIANT' },
        ],
      },
    },
  },
  '222222222222': { regions: { 'eu-west-1': { managedInstances: ['i-022bb000000000001'] } } },
  '333333333333': {
    everyRegion: { automationLogDestination: 'CloudWatch', documentPublicSharing: 'Disable' },
  },
  '444444444444': { regions: { 'eu-west-1': { managedInstances: ['i-044cc000000000002'] } } },
  '555555555555': {
    regions: {
      'us-east-1': {
        managedInstances: ['i-055dd000000000001'],
        compliance: [
          { instanceId: 'i-055dd000000000001', type: 'Patch', status: 'NON_COMPLIANT' },
          { instanceId: 'i-055dd000000000001', type: 'Association', status: 'COMPLIANT' },
        ],
        documents: [
          { name: 'etl-runbook', sharedWith: ['333333333333'] },
          { name: 'db-restore', public: true },
        ],
      },
    },
  },
};

/** The demo organization's Systems Manager of one account (undefined: as AWS creates an account). */
export function demoFsbpG1SsmState(accountId: string): SsmState | undefined {
  return SSM_STATES[accountId];
}
