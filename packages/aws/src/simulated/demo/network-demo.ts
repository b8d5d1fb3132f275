import type { NetworkState, RegionNetworkState } from '../state/network-state.js';

/** Rules reused below: the whole internet on one TCP port, and all traffic to anywhere. */
const fromInternet = (port: number, ipv6 = false) => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  ...(ipv6 ? { ipv6Cidrs: ['::/0'] } : { cidrs: ['0.0.0.0/0'] }),
});
const ALL_OUT = { protocol: '-1', cidrs: ['0.0.0.0/0'] };

/** A region whose default VPC was deleted, with EBS encryption by default on: nothing to judge but that. */
const CLEARED_REGION: RegionNetworkState = { defaultVpc: false, ebsEncryptionByDefault: true };

/**
 * management: default VPCs deleted everywhere, EBS encryption and IMDSv2 by default; in us-east-1 one
 * well-kept VPC: flow log of ALL traffic, emptied default security group, a public load balancer group on
 * 443 only, and a default network ACL whose ephemeral-port ALLOW would admit RDP from the internet were it
 * not for the lower-numbered DENY entries before it.
 */
const MANAGEMENT: NetworkState = {
  everyRegion: { ...CLEARED_REGION, instanceMetadataDefaults: { httpTokens: 'required' } },
  regions: {
    'us-east-1': {
      ...CLEARED_REGION,
      instanceMetadataDefaults: { httpTokens: 'required' },
      vpcs: [
        {
          id: 'vpc-011aa000000000001',
          cidrBlock: '10.11.0.0/16',
          defaultSecurityGroup: { id: 'sg-011aa000000000001', ingress: [], egress: [] },
          defaultNetworkAcl: {
            id: 'acl-011aa000000000001',
            entries: [
              {
                ruleNumber: 90,
                egress: false,
                protocol: 'tcp',
                fromPort: 3389,
                toPort: 3389,
                cidr: '0.0.0.0/0',
                action: 'deny',
              },
              {
                ruleNumber: 91,
                egress: false,
                protocol: 'udp',
                fromPort: 3389,
                toPort: 3389,
                cidr: '0.0.0.0/0',
                action: 'deny',
              },
              {
                ruleNumber: 100,
                egress: false,
                protocol: 'tcp',
                fromPort: 443,
                toPort: 443,
                cidr: '0.0.0.0/0',
                action: 'allow',
              },
              {
                ruleNumber: 110,
                egress: false,
                protocol: 'tcp',
                fromPort: 1024,
                toPort: 65535,
                cidr: '0.0.0.0/0',
                action: 'allow',
              },
              {
                ruleNumber: 120,
                egress: false,
                protocol: 'udp',
                fromPort: 1024,
                toPort: 65535,
                cidr: '0.0.0.0/0',
                action: 'allow',
              },
              { ruleNumber: 100, egress: true, protocol: '-1', cidr: '0.0.0.0/0', action: 'allow' },
            ],
          },
          flowLogs: [{ id: 'fl-011aa000000000001', trafficType: 'ALL', destinationType: 's3' }],
        },
      ],
      securityGroups: [
        {
          id: 'sg-011aa000000000002',
          name: 'alb-public',
          vpcId: 'vpc-011aa000000000001',
          ingress: [fromInternet(443), fromInternet(443, true)],
          egress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, cidrs: ['10.11.0.0/16'] }],
        },
        {
          id: 'sg-011aa000000000003',
          name: 'app',
          vpcId: 'vpc-011aa000000000001',
          ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, groupIds: ['sg-011aa000000000002'] }],
          egress: [ALL_OUT],
        },
      ],
      // Left over from a migration: no subnet uses it (FSBP EC2.16); it admits nothing.
      networkAcls: [{ id: 'acl-011aa000000000002', vpcId: 'vpc-011aa000000000001', entries: [] }],
      instances: [
        {
          id: 'i-011aa000000000001',
          state: 'running',
          instanceProfile: 'app-server',
          httpTokens: 'required',
        },
      ],
      volumes: [
        { id: 'vol-011aa000000000001', sizeGiB: 30, encrypted: true, attachedTo: 'i-011aa000000000001' },
      ],
    },
  },
};

/**
 * security-tooling: default VPCs deleted everywhere; in eu-west-1 a scanner VPC logging REJECT traffic to
 * CloudWatch Logs, SSH only from the corporate range, and a scanner instance with the metadata service off.
 */
const SECURITY_TOOLING: NetworkState = {
  everyRegion: CLEARED_REGION,
  regions: {
    'eu-west-1': {
      ...CLEARED_REGION,
      vpcs: [
        {
          id: 'vpc-022bb000000000001',
          cidrBlock: '10.22.0.0/16',
          defaultSecurityGroup: { id: 'sg-022bb000000000001', ingress: [], egress: [] },
          defaultNetworkAcl: {
            id: 'acl-022bb000000000001',
            entries: [
              { ruleNumber: 100, egress: false, protocol: '-1', cidr: '10.0.0.0/8', action: 'allow' },
              { ruleNumber: 100, egress: true, protocol: '-1', cidr: '0.0.0.0/0', action: 'allow' },
            ],
          },
          flowLogs: [
            { id: 'fl-022bb000000000001', trafficType: 'REJECT', destinationType: 'cloud-watch-logs' },
          ],
        },
      ],
      securityGroups: [
        {
          id: 'sg-022bb000000000002',
          name: 'scanner',
          vpcId: 'vpc-022bb000000000001',
          ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['10.0.0.0/8'] }],
          egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'] }],
        },
      ],
      instances: [
        {
          id: 'i-022bb000000000001',
          state: 'running',
          instanceProfile: 'security-scanner',
          httpTokens: 'optional',
          httpEndpoint: 'disabled',
        },
      ],
      volumes: [
        { id: 'vol-022bb000000000001', sizeGiB: 20, encrypted: true, attachedTo: 'i-022bb000000000001' },
      ],
    },
  },
};

/**
 * prod-web: fresh regions, except eu-west-1, which keeps its default VPC next to the web VPC. The web VPC
 * logs only ACCEPTed traffic and keeps AWS's allow-all default network ACL (IPv4 and IPv6); 'web-admin'
 * opens SSH to 0.0.0.0/0 and RDP to ::/0; one instance has no instance profile and accepts IMDSv1; a
 * terminated instance lingers (not judged). EBS encryption by default is off.
 */
const PROD_WEB: NetworkState = {
  regions: {
    'eu-west-1': {
      vpcs: [
        {
          id: 'vpc-044cc000000000001',
          cidrBlock: '10.44.0.0/16',
          ipv6CidrBlock: '2a05:d018:44:4400::/56',
          defaultSecurityGroup: { id: 'sg-044cc000000000001', ingress: [], egress: [] },
          defaultNetworkAcl: { id: 'acl-044cc000000000001' },
          flowLogs: [
            { id: 'fl-044cc000000000001', trafficType: 'ACCEPT', destinationType: 'cloud-watch-logs' },
          ],
        },
      ],
      securityGroups: [
        {
          id: 'sg-044cc000000000002',
          name: 'web-admin',
          vpcId: 'vpc-044cc000000000001',
          ingress: [fromInternet(22), fromInternet(3389, true)],
          egress: [ALL_OUT],
        },
        {
          id: 'sg-044cc000000000003',
          name: 'web-public',
          vpcId: 'vpc-044cc000000000001',
          ingress: [fromInternet(80), fromInternet(443), fromInternet(80, true), fromInternet(443, true)],
          egress: [ALL_OUT],
        },
      ],
      instances: [
        {
          id: 'i-044cc000000000001',
          state: 'running',
          httpTokens: 'optional',
          // Reachable from the internet by its own address (FSBP EC2.9).
          publicIp: '203.0.113.44',
        },
        {
          id: 'i-044cc000000000002',
          state: 'running',
          instanceProfile: 'web-server',
          httpTokens: 'required',
        },
        { id: 'i-044cc000000000003', state: 'terminated', httpTokens: 'optional' },
      ],
      volumes: [
        { id: 'vol-044cc000000000001', sizeGiB: 16, encrypted: true, attachedTo: 'i-044cc000000000001' },
        { id: 'vol-044cc000000000002', sizeGiB: 16, encrypted: true, attachedTo: 'i-044cc000000000002' },
      ],
    },
  },
};

/**
 * prod-data: EBS encryption by default on everywhere, default VPCs kept (fresh otherwise); in us-east-1 the
 * data VPC (default VPC deleted): flow log of ALL traffic, a private default network ACL, but a subnet ACL
 * allowing SSH from the internet and a 'file-share' group open on TCP 445; an unencrypted volume created
 * before the default was turned on.
 */
const PROD_DATA: NetworkState = {
  everyRegion: { ebsEncryptionByDefault: true },
  regions: {
    'us-east-1': {
      ...CLEARED_REGION,
      instanceMetadataDefaults: { httpTokens: 'required' },
      vpcs: [
        {
          id: 'vpc-055dd000000000001',
          cidrBlock: '10.55.0.0/16',
          defaultSecurityGroup: { id: 'sg-055dd000000000001', ingress: [], egress: [] },
          defaultNetworkAcl: {
            id: 'acl-055dd000000000001',
            entries: [
              { ruleNumber: 100, egress: false, protocol: '-1', cidr: '10.0.0.0/8', action: 'allow' },
              { ruleNumber: 100, egress: true, protocol: '-1', cidr: '10.0.0.0/8', action: 'allow' },
            ],
          },
          flowLogs: [{ id: 'fl-055dd000000000001', trafficType: 'ALL', destinationType: 's3' }],
        },
      ],
      networkAcls: [
        {
          id: 'acl-055dd000000000002',
          vpcId: 'vpc-055dd000000000001',
          entries: [
            {
              ruleNumber: 100,
              egress: false,
              protocol: 'tcp',
              fromPort: 22,
              toPort: 22,
              cidr: '0.0.0.0/0',
              action: 'allow',
            },
            {
              ruleNumber: 110,
              egress: false,
              protocol: 'tcp',
              fromPort: 5432,
              toPort: 5432,
              cidr: '10.0.0.0/8',
              action: 'allow',
            },
            { ruleNumber: 100, egress: true, protocol: '-1', cidr: '0.0.0.0/0', action: 'allow' },
          ],
        },
      ],
      securityGroups: [
        {
          id: 'sg-055dd000000000002',
          name: 'file-share',
          vpcId: 'vpc-055dd000000000001',
          ingress: [fromInternet(445)],
          egress: [],
        },
        {
          id: 'sg-055dd000000000003',
          name: 'postgres',
          vpcId: 'vpc-055dd000000000001',
          ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrs: ['10.55.0.0/16'] }],
          egress: [],
        },
      ],
      instances: [
        {
          id: 'i-055dd000000000001',
          state: 'running',
          instanceProfile: 'etl-runner',
          httpTokens: 'required',
          // A second interface into the database subnet (FSBP EC2.17).
          networkInterfaces: 2,
        },
      ],
      volumes: [
        { id: 'vol-055dd000000000001', sizeGiB: 500, encrypted: true, attachedTo: 'i-055dd000000000001' },
        {
          id: 'vol-055dd000000000002',
          sizeGiB: 200,
          encrypted: false,
          // Attached: FSBP EC2.3 judges attached volumes only.
          attachedTo: 'i-055dd000000000001',
        },
      ],
    },
  },
};

/** shared-services: fresh regions; in us-east-1 a stopped build host with a profile but IMDSv1 allowed. */
const SHARED_SERVICES: NetworkState = {
  regions: {
    'us-east-1': {
      instances: [
        {
          id: 'i-099ee000000000001',
          state: 'stopped',
          instanceProfile: 'legacy-build',
          httpTokens: 'optional',
          // Forgotten for a quarter, on a previous-generation paravirtual type (FSBP EC2.4, EC2.24).
          stoppedDaysAgo: 90,
          virtualizationType: 'paravirtual',
          // Once the NAT instance of the build network: source/destination checking off (FSBP EC2.180).
          sourceDestCheck: false,
        },
      ],
    },
  },
};

/** log-archive: default VPCs deleted and EBS encryption by default on in every region. */
const LOG_ARCHIVE: NetworkState = { everyRegion: CLEARED_REGION };

const BY_ACCOUNT: Readonly<Record<string, NetworkState>> = {
  '111111111111': MANAGEMENT,
  '222222222222': SECURITY_TOOLING,
  '333333333333': LOG_ARCHIVE,
  '444444444444': PROD_WEB,
  '555555555555': PROD_DATA,
  '999999999999': SHARED_SERVICES,
};

/**
 * The demo organization's EC2: VPCs, flow logs, security groups, network ACLs, instances, volumes, EBS
 * defaults, per account (undefined: every region fresh, as dev-sandbox is: default VPCs untouched).
 */
export function demoNetworkState(accountId: string): NetworkState | undefined {
  return BY_ACCOUNT[accountId];
}
