import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetInstanceMetadataDefaultsCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import {
  ec2EbsEncryptionByDefaultCollector,
  ec2FlowLogsCollector,
  ec2InstanceMetadataDefaultsCollector,
  ec2InstancesCollector,
  ec2NetworkAclsCollector,
  ec2SecurityGroupsCollector,
  ec2VolumesCollector,
  ec2VpcsCollector,
  protocolName,
  stateTransitionTime,
} from './ec2.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
});

afterAll(() => {
  ec2.restore();
});

const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} },
    stats,
  };
}

/** EC2 answers an IAM or SCP deny with UnauthorizedOperation. */
const unauthorized = (operation: string) =>
  awsError('UnauthorizedOperation', 403, `You are not authorized to perform this operation. (${operation})`);

describe('protocolName', () => {
  it('names NACL protocol numbers like security group rules do, and reads a missing protocol as all traffic', () => {
    expect(['6', '17', '1', '58', '-1', 'tcp', 'UDP', '50', undefined, 'all'].map(protocolName)).toEqual([
      'tcp',
      'udp',
      'icmp',
      'icmpv6',
      '-1',
      'tcp',
      'udp',
      '50',
      '-1',
      '-1',
    ]);
  });
});

describe('ec2EbsEncryptionByDefaultCollector', () => {
  it('reads the regional setting, absent as off', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolvesOnce({ EbsEncryptionByDefault: true }).resolves({});
    const first = context();
    await expect(ec2EbsEncryptionByDefaultCollector.collect(first.ctx)).resolves.toEqual({ enabled: true });
    await expect(ec2EbsEncryptionByDefaultCollector.collect(context().ctx)).resolves.toEqual({
      enabled: false,
    });
    expect([...first.stats.byRequest.keys()]).toEqual([`${REGION}|ec2:GetEbsEncryptionByDefault|{}`]);
  });

  it('propagates a denied call as an AwsCallError with the EC2 code', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).rejects(unauthorized('ec2:GetEbsEncryptionByDefault'));
    const failure = ec2EbsEncryptionByDefaultCollector.collect(context().ctx);
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      kind: 'access-denied',
      operation: 'ec2:GetEbsEncryptionByDefault',
    });
  });
});

describe('ec2InstanceMetadataDefaultsCollector', () => {
  it('maps account-level defaults', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({
      AccountLevel: { HttpTokens: 'required', HttpEndpoint: 'enabled', ManagedBy: 'declarative-policy' },
    });
    await expect(ec2InstanceMetadataDefaultsCollector.collect(context().ctx)).resolves.toEqual({
      httpTokens: 'required',
      httpEndpoint: 'enabled',
      managedBy: 'declarative-policy',
    });
  });

  it('reads no account-level preference (an empty AccountLevel) as nulls', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: {} });
    await expect(ec2InstanceMetadataDefaultsCollector.collect(context().ctx)).resolves.toEqual({
      httpTokens: null,
      httpEndpoint: null,
      managedBy: null,
    });
  });

  it('propagates AccessDenied', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2InstanceMetadataDefaultsCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
    });
  });
});

describe('ec2VolumesCollector', () => {
  it('follows NextToken across pages and maps each volume', async () => {
    ec2
      .on(DescribeVolumesCommand, { NextToken: undefined })
      .resolves({
        Volumes: [
          {
            VolumeId: 'vol-1',
            Encrypted: true,
            State: 'in-use',
            Attachments: [{ InstanceId: 'i-1', State: 'attached' }],
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeVolumesCommand, { NextToken: 'page-2' })
      .resolves({
        Volumes: [
          {
            VolumeId: 'vol-2',
            VolumeArn: `${ARN}:volume/vol-2`,
            Encrypted: false,
            State: 'available',
          },
        ],
      });
    const { ctx } = context();

    await expect(ec2VolumesCollector.collect(ctx)).resolves.toEqual([
      { arn: `${ARN}:volume/vol-1`, id: 'vol-1', encrypted: true, state: 'in-use', attachmentCount: 1 },
      { arn: `${ARN}:volume/vol-2`, id: 'vol-2', encrypted: false, state: 'available', attachmentCount: 0 },
    ]);
    expect(ec2.commandCalls(DescribeVolumesCommand).map((call) => call.args[0].input)).toEqual([
      { MaxResults: 500 },
      { MaxResults: 500, NextToken: 'page-2' },
    ]);
  });

  it('gives an empty list for a region without volumes', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
    await expect(ec2VolumesCollector.collect(context().ctx)).resolves.toEqual([]);
  });

  it('propagates AccessDenied', async () => {
    ec2.on(DescribeVolumesCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2VolumesCollector.collect(context().ctx)).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('ec2InstancesCollector', () => {
  it('asks only for live instances, follows NextToken and maps profile and metadata options', async () => {
    ec2
      .on(DescribeInstancesCommand, { NextToken: undefined })
      .resolves({
        Reservations: [
          {
            OwnerId: TEST_ACCOUNT_ID,
            Instances: [
              {
                InstanceId: 'i-1',
                State: { Name: 'running', Code: 16 },
                IamInstanceProfile: {
                  Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:instance-profile/app`,
                  Id: 'AIPA1',
                },
                MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
                PublicIpAddress: '203.0.113.10',
                NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2' }],
                VirtualizationType: 'hvm',
                LaunchTime: new Date('2026-01-01T08:00:00.000Z'),
                StateTransitionReason: '',
              },
            ],
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeInstancesCommand, { NextToken: 'page-2' })
      .resolves({
        Reservations: [
          {
            OwnerId: TEST_ACCOUNT_ID,
            Instances: [
              {
                InstanceId: 'i-2',
                State: { Name: 'stopped', Code: 80 },
                VirtualizationType: 'paravirtual',
                StateTransitionReason: 'User initiated (2026-02-03 04:05:06 GMT)',
              },
            ],
          },
        ],
      });

    await expect(ec2InstancesCollector.collect(context().ctx)).resolves.toEqual([
      {
        arn: `${ARN}:instance/i-1`,
        id: 'i-1',
        state: 'running',
        iamInstanceProfileArn: `arn:aws:iam::${TEST_ACCOUNT_ID}:instance-profile/app`,
        metadataHttpTokens: 'required',
        metadataHttpEndpoint: 'enabled',
        publicIpAddress: '203.0.113.10',
        networkInterfaceCount: 2,
        virtualizationType: 'hvm',
        launchTime: '2026-01-01T08:00:00.000Z',
        stateTransitionTime: null,
      },
      {
        arn: `${ARN}:instance/i-2`,
        id: 'i-2',
        state: 'stopped',
        iamInstanceProfileArn: null,
        metadataHttpTokens: null,
        metadataHttpEndpoint: null,
        publicIpAddress: null,
        networkInterfaceCount: 0,
        virtualizationType: 'paravirtual',
        launchTime: null,
        stateTransitionTime: '2026-02-03T04:05:06.000Z',
      },
    ]);
    const inputs = ec2.commandCalls(DescribeInstancesCommand).map((call) => call.args[0].input);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toEqual({
      Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }],
      MaxResults: 1000,
    });
    expect(inputs[1]).toMatchObject({ NextToken: 'page-2' });
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeInstancesCommand).rejects(unauthorized('ec2:DescribeInstances'));
    await expect(ec2InstancesCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeInstances',
    });
  });
});

describe('stateTransitionTime', () => {
  it('reads the GMT timestamp of a state transition reason, and nothing from a reason without one', () => {
    expect(stateTransitionTime('User initiated (2026-02-03 04:05:06 GMT)')).toBe('2026-02-03T04:05:06.000Z');
    expect(stateTransitionTime('Server.ScheduledStop: Stopped due to scheduled retirement')).toBeNull();
    expect(stateTransitionTime('')).toBeNull();
    expect(stateTransitionTime(undefined)).toBeNull();
  });
});

describe('ec2SecurityGroupsCollector', () => {
  it('follows NextToken, marks the default group and normalizes every kind of source', async () => {
    ec2
      .on(DescribeSecurityGroupsCommand, { NextToken: undefined })
      .resolves({
        SecurityGroups: [
          {
            GroupId: 'sg-d',
            GroupName: 'default',
            VpcId: 'vpc-1',
            OwnerId: TEST_ACCOUNT_ID,
            IpPermissions: [
              { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-d', UserId: TEST_ACCOUNT_ID }] },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeSecurityGroupsCommand, { NextToken: 'page-2' })
      .resolves({
        SecurityGroups: [
          {
            GroupId: 'sg-web',
            GroupName: 'web',
            VpcId: 'vpc-1',
            SecurityGroupArn: `${ARN}:security-group/sg-web`,
            IpPermissions: [
              {
                IpProtocol: 'tcp',
                FromPort: 22,
                ToPort: 22,
                IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ops' }],
                Ipv6Ranges: [{ CidrIpv6: '::/0' }],
                PrefixListIds: [{ PrefixListId: 'pl-1' }],
              },
            ],
          },
        ],
      });

    await expect(ec2SecurityGroupsCollector.collect(context().ctx)).resolves.toEqual([
      {
        arn: `${ARN}:security-group/sg-d`,
        id: 'sg-d',
        name: 'default',
        vpcId: 'vpc-1',
        isDefault: true,
        ingress: [
          {
            protocol: '-1',
            fromPort: null,
            toPort: null,
            ipv4Ranges: [],
            ipv6Ranges: [],
            prefixListIds: [],
            referencedGroupIds: ['sg-d'],
          },
        ],
        egress: [
          {
            protocol: '-1',
            fromPort: null,
            toPort: null,
            ipv4Ranges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            prefixListIds: [],
            referencedGroupIds: [],
          },
        ],
      },
      {
        arn: `${ARN}:security-group/sg-web`,
        id: 'sg-web',
        name: 'web',
        vpcId: 'vpc-1',
        isDefault: false,
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            ipv4Ranges: ['0.0.0.0/0'],
            ipv6Ranges: ['::/0'],
            prefixListIds: ['pl-1'],
            referencedGroupIds: [],
          },
        ],
        egress: [],
      },
    ]);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(unauthorized('ec2:DescribeSecurityGroups'));
    await expect(ec2SecurityGroupsCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      kind: 'access-denied',
    });
  });
});

describe('ec2NetworkAclsCollector', () => {
  it('follows NextToken and maps numbered protocols, port ranges and both address families', async () => {
    ec2
      .on(DescribeNetworkAclsCommand, { NextToken: undefined })
      .resolves({
        NetworkAcls: [
          {
            NetworkAclId: 'acl-1',
            VpcId: 'vpc-1',
            IsDefault: true,
            Associations: [
              { NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-1', SubnetId: 'subnet-1' },
              { NetworkAclAssociationId: 'aclassoc-2', NetworkAclId: 'acl-1', SubnetId: 'subnet-2' },
            ],
            Entries: [
              { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
              {
                RuleNumber: 32767,
                Protocol: '-1',
                RuleAction: 'deny',
                Egress: false,
                CidrBlock: '0.0.0.0/0',
              },
            ],
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeNetworkAclsCommand, { NextToken: 'page-2' })
      .resolves({
        NetworkAcls: [
          {
            NetworkAclId: 'acl-2',
            VpcId: 'vpc-1',
            IsDefault: false,
            Entries: [
              {
                RuleNumber: 120,
                Protocol: '6',
                RuleAction: 'allow',
                Egress: false,
                Ipv6CidrBlock: '::/0',
                PortRange: { From: 22, To: 22 },
              },
              { RuleNumber: 130, Protocol: '1', RuleAction: 'allow', Egress: true, CidrBlock: '10.0.0.0/8' },
            ],
          },
        ],
      });

    const acls = await ec2NetworkAclsCollector.collect(context().ctx);

    expect(acls.map((acl) => [acl.arn, acl.isDefault, acl.entries.length, acl.associatedSubnetIds])).toEqual([
      [`${ARN}:network-acl/acl-1`, true, 2, ['subnet-1', 'subnet-2']],
      [`${ARN}:network-acl/acl-2`, false, 2, []],
    ]);
    expect(acls[1]?.entries).toEqual([
      {
        ruleNumber: 120,
        egress: false,
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIpv4: null,
        cidrIpv6: '::/0',
        action: 'allow',
      },
      {
        ruleNumber: 130,
        egress: true,
        protocol: 'icmp',
        fromPort: null,
        toPort: null,
        cidrIpv4: '10.0.0.0/8',
        cidrIpv6: null,
        action: 'allow',
      },
    ]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeNetworkAclsCommand).rejects(unauthorized('ec2:DescribeNetworkAcls'));
    await expect(ec2NetworkAclsCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
    });
  });
});

describe('ec2VpcsCollector', () => {
  it('follows NextToken and keeps only the VPCs the account owns', async () => {
    ec2
      .on(DescribeVpcsCommand, { NextToken: undefined })
      .resolves({
        Vpcs: [
          { VpcId: 'vpc-default', IsDefault: true, OwnerId: TEST_ACCOUNT_ID },
          { VpcId: 'vpc-shared', IsDefault: false, OwnerId: '210987654321' },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeVpcsCommand, { NextToken: 'page-2' })
      .resolves({ Vpcs: [{ VpcId: 'vpc-app', OwnerId: TEST_ACCOUNT_ID }] });

    await expect(ec2VpcsCollector.collect(context().ctx)).resolves.toEqual([
      { arn: `${ARN}:vpc/vpc-default`, id: 'vpc-default', isDefault: true },
      { arn: `${ARN}:vpc/vpc-app`, id: 'vpc-app', isDefault: false },
    ]);
  });

  it('gives an empty list for a region whose default VPC was deleted', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
    await expect(ec2VpcsCollector.collect(context().ctx)).resolves.toEqual([]);
  });

  it('propagates AccessDenied', async () => {
    ec2.on(DescribeVpcsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2VpcsCollector.collect(context().ctx)).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('ec2FlowLogsCollector', () => {
  it('follows NextToken and maps status, traffic type and delivery status', async () => {
    ec2
      .on(DescribeFlowLogsCommand, { NextToken: undefined })
      .resolves({
        FlowLogs: [
          {
            FlowLogId: 'fl-1',
            ResourceId: 'vpc-1',
            FlowLogStatus: 'ACTIVE',
            TrafficType: 'REJECT',
            DeliverLogsStatus: 'SUCCESS',
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeFlowLogsCommand, { NextToken: 'page-2' })
      .resolves({ FlowLogs: [{ FlowLogId: 'fl-2', ResourceId: 'subnet-1', FlowLogStatus: 'ACTIVE' }] });

    await expect(ec2FlowLogsCollector.collect(context().ctx)).resolves.toEqual([
      {
        id: 'fl-1',
        resourceId: 'vpc-1',
        status: 'ACTIVE',
        trafficType: 'REJECT',
        deliverLogsStatus: 'SUCCESS',
      },
      { id: 'fl-2', resourceId: 'subnet-1', status: 'ACTIVE', trafficType: null, deliverLogsStatus: null },
    ]);
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeFlowLogsCommand).rejects(unauthorized('ec2:DescribeFlowLogs'));
    await expect(ec2FlowLogsCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeFlowLogs',
    });
  });
});
