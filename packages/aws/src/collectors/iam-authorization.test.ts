import {
  GetAccountAuthorizationDetailsCommand,
  IAMClient,
  ListAccountAliasesCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import {
  iamAccountAliasesCollector,
  iamAuthorizationCollector,
  iamServerCertificatesCollector,
  iamVirtualMfaDevicesCollector,
} from './iam-authorization.js';

const iam = mockClient(IAMClient);

beforeEach(() => {
  iam.reset();
});

afterAll(() => {
  iam.restore();
});

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: 'us-east-1', sleep: async () => {} },
    stats,
  };
}

const accessDenied = (operation: string) =>
  awsError(
    'AccessDenied',
    403,
    `User: arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/OrgScan/s is not authorized to perform: ${operation}`,
  );

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;
/** IAM returns policy documents URL-encoded. */
const encoded = (statement: object) =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
const ADMIN_DOCUMENT = encoded({ Effect: 'Allow', Action: '*', Resource: '*' });

describe('iamAccountAliasesCollector', () => {
  it('lists aliases across Marker pages', async () => {
    iam
      .on(ListAccountAliasesCommand, { Marker: undefined })
      .resolves({ AccountAliases: ['corp-prod'], IsTruncated: true, Marker: 'm1' })
      .on(ListAccountAliasesCommand, { Marker: 'm1' })
      .resolves({ AccountAliases: ['corp-prod-2'], IsTruncated: false });

    await expect(iamAccountAliasesCollector.collect(context().ctx)).resolves.toEqual([
      'corp-prod',
      'corp-prod-2',
    ]);
    expect(iam.commandCalls(ListAccountAliasesCommand)).toHaveLength(2);
  });

  it('gives an empty list when the account has no alias', async () => {
    iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: [], IsTruncated: false });
    await expect(iamAccountAliasesCollector.collect(context().ctx)).resolves.toEqual([]);
  });

  it('propagates AccessDenied', async () => {
    iam.on(ListAccountAliasesCommand).rejects(accessDenied('iam:ListAccountAliases'));
    await expect(iamAccountAliasesCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'iam:ListAccountAliases',
    });
  });
});

describe('iamAuthorizationCollector', () => {
  it('reads users, groups, roles and every customer policy across Marker pages, decoding documents', async () => {
    iam
      .on(GetAccountAuthorizationDetailsCommand, { Marker: undefined })
      .resolves({
        UserDetailList: [
          {
            UserName: 'alice',
            Arn: `${ARN}:user/alice`,
            GroupList: ['admins'],
            AttachedManagedPolicies: [
              { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
            ],
            UserPolicyList: [{ PolicyName: 'all', PolicyDocument: ADMIN_DOCUMENT }],
          },
        ],
        GroupDetailList: [
          {
            GroupName: 'admins',
            Arn: `${ARN}:group/admins`,
            AttachedManagedPolicies: [{ PolicyName: 'AllAccess', PolicyArn: `${ARN}:policy/AllAccess` }],
          },
        ],
        IsTruncated: true,
        Marker: 'page-2',
      })
      .on(GetAccountAuthorizationDetailsCommand, { Marker: 'page-2' })
      .resolves({
        RoleDetailList: [
          { RoleName: 'ops', Path: '/', Arn: `${ARN}:role/ops` },
          {
            RoleName: 'AWSServiceRoleForSupport',
            Path: '/aws-service-role/support.amazonaws.com/',
            Arn: `${ARN}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`,
            AssumeRolePolicyDocument: encoded({
              Effect: 'Allow',
              Principal: { Service: 'support.amazonaws.com' },
            }),
          },
        ],
        Policies: [
          {
            PolicyName: 'AllAccess',
            Arn: `${ARN}:policy/AllAccess`,
            AttachmentCount: 1,
            PolicyVersionList: [
              {
                VersionId: 'v1',
                IsDefaultVersion: false,
                Document: encoded({ Effect: 'Deny', Action: '*', Resource: '*' }),
              },
              { VersionId: 'v2', IsDefaultVersion: true, Document: ADMIN_DOCUMENT },
            ],
          },
          {
            PolicyName: 'Unused',
            Arn: `${ARN}:policy/Unused`,
            AttachmentCount: 0,
            PermissionsBoundaryUsageCount: 1,
            PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: ADMIN_DOCUMENT }],
          },
        ],
        IsTruncated: false,
      });
    const { ctx, stats } = context();

    const authorization = await iamAuthorizationCollector.collect(ctx);

    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)[0]?.args[0].input).toEqual({
      Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'],
      Marker: undefined,
    });
    expect(stats.byOperation.get('iam:GetAccountAuthorizationDetails')).toBe(2);
    expect(authorization.users).toEqual([
      {
        name: 'alice',
        arn: `${ARN}:user/alice`,
        attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        inlinePolicies: [
          {
            name: 'all',
            statements: [expect.objectContaining({ effect: 'Allow', actions: ['*'], resources: ['*'] })],
          },
        ],
        groups: ['admins'],
      },
    ]);
    expect(authorization.groups).toEqual([
      {
        name: 'admins',
        arn: `${ARN}:group/admins`,
        attachedPolicyArns: [`${ARN}:policy/AllAccess`],
        inlinePolicies: [],
      },
    ]);
    expect(authorization.roles.map((role) => [role.name, role.serviceLinked])).toEqual([
      ['ops', false],
      ['AWSServiceRoleForSupport', true],
    ]);
    expect(authorization.customerManagedPolicies).toEqual([
      {
        arn: `${ARN}:policy/AllAccess`,
        name: 'AllAccess',
        attachmentCount: 1,
        permissionsBoundaryUsageCount: 0,
        statements: [expect.objectContaining({ effect: 'Allow', actions: ['*'] })],
      },
      {
        arn: `${ARN}:policy/Unused`,
        name: 'Unused',
        attachmentCount: 0,
        permissionsBoundaryUsageCount: 1,
        statements: [expect.objectContaining({ effect: 'Allow', actions: ['*'] })],
      },
    ]);
  });

  it('fails the slice when an attached policy comes without its default version', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      Policies: [{ PolicyName: 'Odd', Arn: `${ARN}:policy/Odd`, AttachmentCount: 2, PolicyVersionList: [] }],
      IsTruncated: false,
    });
    await expect(iamAuthorizationCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'PolicyVersionMissing',
    });
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(accessDenied('iam:GetAccountAuthorizationDetails'));
    const failure = iamAuthorizationCollector.collect(context().ctx);
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({ code: 'AccessDenied', kind: 'access-denied' });
  });
});

describe('iamVirtualMfaDevicesCollector', () => {
  it('lists assigned devices across pages with the user they belong to', async () => {
    iam
      .on(ListVirtualMFADevicesCommand, { AssignmentStatus: 'Assigned', Marker: undefined })
      .resolves({
        VirtualMFADevices: [
          {
            SerialNumber: `${ARN}:mfa/root-account-mfa-device`,
            User: {
              Arn: `${ARN}:root`,
              UserName: 'root',
              Path: '/',
              UserId: TEST_ACCOUNT_ID,
              CreateDate: new Date(),
            },
          },
        ],
        IsTruncated: true,
        Marker: 'm1',
      })
      .on(ListVirtualMFADevicesCommand, { AssignmentStatus: 'Assigned', Marker: 'm1' })
      .resolves({ VirtualMFADevices: [{ SerialNumber: `${ARN}:mfa/alice` }], IsTruncated: false });

    await expect(iamVirtualMfaDevicesCollector.collect(context().ctx)).resolves.toEqual([
      { serialNumber: `${ARN}:mfa/root-account-mfa-device`, userArn: `${ARN}:root` },
      { serialNumber: `${ARN}:mfa/alice`, userArn: null },
    ]);
  });

  it('propagates AccessDenied', async () => {
    iam.on(ListVirtualMFADevicesCommand).rejects(accessDenied('iam:ListVirtualMFADevices'));
    await expect(iamVirtualMfaDevicesCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });
});

describe('iamServerCertificatesCollector', () => {
  it('lists certificates across pages with their expiration', async () => {
    iam
      .on(ListServerCertificatesCommand, { Marker: undefined })
      .resolves({
        ServerCertificateMetadataList: [
          {
            Path: '/',
            ServerCertificateName: 'old',
            ServerCertificateId: 'ASCA1',
            Arn: `${ARN}:server-certificate/old`,
            Expiration: new Date('2024-01-01T00:00:00Z'),
          },
        ],
        IsTruncated: true,
        Marker: 'm1',
      })
      .on(ListServerCertificatesCommand, { Marker: 'm1' })
      .resolves({
        ServerCertificateMetadataList: [
          {
            Path: '/',
            ServerCertificateName: 'odd',
            ServerCertificateId: 'ASCA2',
            Arn: `${ARN}:server-certificate/odd`,
          },
        ],
        IsTruncated: false,
      });

    await expect(iamServerCertificatesCollector.collect(context().ctx)).resolves.toEqual([
      { name: 'old', arn: `${ARN}:server-certificate/old`, expiration: '2024-01-01T00:00:00.000Z' },
      { name: 'odd', arn: `${ARN}:server-certificate/odd`, expiration: null },
    ]);
  });

  it('propagates AccessDenied', async () => {
    iam.on(ListServerCertificatesCommand).rejects(accessDenied('iam:ListServerCertificates'));
    await expect(iamServerCertificatesCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });
});
