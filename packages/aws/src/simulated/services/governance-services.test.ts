import { describe, expect, it } from 'vitest';
import { callSimulated } from '../../test-support/simulated-call.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount, SimulatedOrg } from '../org-description.js';
import type { GovernanceState } from '../state/governance-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const org = demoOrganization();

function call(operation: string, caller: SimulatedAccount, input: object = {}, region = 'us-east-1') {
  return callSimulated(operation, { org, caller, region, input, now: NOW });
}

const demoAccount = (id: string) => org.accounts.find((account) => account.id === id)!;

function withGovernance(governance: GovernanceState, users: string[] = []): SimulatedAccount {
  const base = demoAccount(DEMO_ACCOUNTS.securityTooling);
  return {
    ...base,
    iam: {
      ...base.iam,
      users: users.map((name) => ({
        name,
        createdDaysAgo: 10,
        console: false,
        mfa: false,
        passwordLastUsedDaysAgo: null,
        accessKeys: [],
      })),
    },
    services: { governance },
  };
}

describe('simulated governance operations', () => {
  it('answers GetAccountAuthorizationDetails for every demo account (its descriptions reference real users)', () => {
    for (const account of org.accounts) {
      expect(() => call('iam:GetAccountAuthorizationDetails', account)).not.toThrow();
    }
  });

  it('pages authorization details with Marker, honours Filter, and encodes policy documents like IAM', () => {
    const account = withGovernance(
      {
        iam: {
          customerPolicies: [
            { name: 'Ops', document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
          ],
          groups: [{ name: 'ops', members: ['alice'], attachedPolicies: ['Ops', 'ReadOnlyAccess'] }],
          roles: [{ name: 'deploy', attachedPolicies: ['Ops'] }],
        },
      },
      ['alice', 'bob'],
    );
    const first = call('iam:GetAccountAuthorizationDetails', account, { MaxItems: 3 });
    expect(first.IsTruncated).toBe(true);
    expect(first.UserDetailList.map((user: { UserName: string }) => user.UserName)).toEqual(['alice', 'bob']);
    expect(first.UserDetailList[0].GroupList).toEqual(['ops']);
    expect(first.GroupDetailList[0].AttachedManagedPolicies).toEqual([
      { PolicyName: 'Ops', PolicyArn: `arn:aws:iam::${account.id}:policy/Ops` },
      { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    ]);
    const rest = call('iam:GetAccountAuthorizationDetails', account, { MaxItems: 10, Marker: first.Marker });
    expect(rest.IsTruncated).toBe(false);
    expect(rest.RoleDetailList.map((role: { Arn: string }) => role.Arn)).toEqual([
      `arn:aws:iam::${account.id}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`,
      `arn:aws:iam::${account.id}:role/aws-service-role/trustedadvisor.amazonaws.com/AWSServiceRoleForTrustedAdvisor`,
      `arn:aws:iam::${account.id}:role/deploy`,
    ]);
    expect(rest.Policies[0]).toMatchObject({ PolicyName: 'Ops', AttachmentCount: 2 });
    expect(rest.Policies[0].PolicyVersionList[0].Document.startsWith('%7B')).toBe(true);

    const usersOnly = call('iam:GetAccountAuthorizationDetails', account, { Filter: ['User'] });
    expect([
      usersOnly.UserDetailList.length,
      usersOnly.RoleDetailList.length,
      usersOnly.Policies.length,
    ]).toEqual([2, 0, 0]);
  });

  it('refuses a description naming a user the account does not have', () => {
    const account = withGovernance({ iam: { groups: [{ name: 'ops', members: ['ghost'] }] } });
    expect(() => call('iam:GetAccountAuthorizationDetails', account)).toThrow(/ghost/);
  });

  it('answers ResourceNotFoundException when no SECURITY contact is registered', () => {
    expect(() =>
      call('account:GetAlternateContact', withGovernance({}), { AlternateContactType: 'SECURITY' }),
    ).toThrow(expect.objectContaining({ name: 'ResourceNotFoundException' }));
    const found = call(
      'account:GetAlternateContact',
      withGovernance({ securityContactEmail: 'sec@corp.example' }),
      {
        AlternateContactType: 'SECURITY',
      },
    );
    expect(found.AlternateContact.EmailAddress).toBe('sec@corp.example');
  });

  it('lists the root virtual MFA device only when root has MFA and it is virtual', () => {
    const shared = call('iam:ListVirtualMFADevices', demoAccount(DEMO_ACCOUNTS.sharedServices), {
      AssignmentStatus: 'Assigned',
    });
    expect(shared.VirtualMFADevices.map((device: { SerialNumber: string }) => device.SerialNumber)).toEqual([
      `arn:aws:iam::${DEMO_ACCOUNTS.sharedServices}:mfa/root-account-mfa-device`,
    ]);
    const management = call('iam:ListVirtualMFADevices', demoAccount(DEMO_ACCOUNTS.management));
    expect(management.VirtualMFADevices.map((device: { User: { Arn: string } }) => device.User.Arn)).toEqual([
      `arn:aws:iam::${DEMO_ACCOUNTS.management}:user/alice`,
    ]);
  });

  it('answers per region: analyzers, the first matching recorder, aggregators and Security Hub', () => {
    const account = withGovernance({
      accessAnalyzers: [
        { name: 'a', type: 'ACCOUNT', regions: 'all' },
        { name: 'b', type: 'ORGANIZATION', regions: ['eu-west-1'] },
      ],
      configRecorders: [
        { regions: ['eu-west-1'], allSupported: false, includeGlobalResourceTypes: false, recording: false },
        {
          regions: 'all',
          allSupported: true,
          includeGlobalResourceTypes: false,
          recording: true,
          lastStatus: 'Failure',
        },
      ],
      configAggregators: [{ name: 'org', region: 'eu-west-1', organizationWide: true }],
      securityHubRegions: ['eu-west-1'],
    });
    const first = call('accessanalyzer:ListAnalyzers', account, { maxResults: 1 }, 'eu-west-1');
    const second = call('accessanalyzer:ListAnalyzers', account, { nextToken: first.nextToken }, 'eu-west-1');
    expect(
      [...first.analyzers, ...second.analyzers].map((analyzer: { name: string }) => analyzer.name),
    ).toEqual(['a', 'b']);
    expect(second.nextToken).toBeUndefined();
    expect(
      call('config:DescribeConfigurationRecorders', account, {}, 'eu-west-1').ConfigurationRecorders[0],
    ).toMatchObject({
      recordingGroup: { allSupported: false },
    });
    expect(
      call('config:DescribeConfigurationRecorderStatus', account, {}, 'us-east-1')
        .ConfigurationRecordersStatus[0],
    ).toMatchObject({
      recording: true,
      lastStatus: 'Failure',
      lastErrorCode: 'InsufficientDeliveryPolicyException',
    });
    expect(() =>
      call('config:DescribeConfigurationRecorders', withGovernance({}), {
        ConfigurationRecorderNames: ['default'],
      }),
    ).toThrow(expect.objectContaining({ name: 'NoSuchConfigurationRecorderException' }));
    expect(
      call('config:DescribeConfigurationAggregators', account, {}, 'us-east-1').ConfigurationAggregators,
    ).toEqual([]);
    expect(
      call('config:DescribeConfigurationAggregators', account, {}, 'eu-west-1').ConfigurationAggregators[0],
    ).toMatchObject({
      ConfigurationAggregatorName: 'org',
      OrganizationAggregationSource: { AllAwsRegions: true },
    });
    expect(call('securityhub:DescribeHub', account, {}, 'eu-west-1').HubArn).toBe(
      `arn:aws:securityhub:eu-west-1:${account.id}:hub/default`,
    );
    expect(() => call('securityhub:DescribeHub', account, {}, 'us-east-1')).toThrow(
      expect.objectContaining({
        name: 'InvalidAccessException',
        message: expect.stringContaining('not subscribed'),
      }),
    );
  });

  it('answers a fresh account (no governance state) as AWS does: nothing configured', () => {
    const fresh: SimulatedOrg['accounts'][number] = {
      ...demoAccount(DEMO_ACCOUNTS.securityTooling),
      services: {},
    };
    expect(call('iam:ListAccountAliases', fresh)).toEqual({ AccountAliases: [], IsTruncated: false });
    expect(call('iam:ListServerCertificates', fresh).ServerCertificateMetadataList).toEqual([]);
    expect(call('config:DescribeConfigurationRecorders', fresh).ConfigurationRecorders).toEqual([]);
    expect(call('accessanalyzer:ListAnalyzers', fresh).analyzers).toEqual([]);
    const roles = call('iam:GetAccountAuthorizationDetails', fresh).RoleDetailList;
    expect(roles.map((role: { RoleName: string }) => role.RoleName)).toEqual([
      'AWSServiceRoleForSupport',
      'AWSServiceRoleForTrustedAdvisor',
    ]);
  });

  it('reports the root password as not_supported, or false once root credentials are removed', () => {
    const base = demoAccount(DEMO_ACCOUNTS.securityTooling);
    const rootRow = (account: SimulatedAccount) => {
      const csv = Buffer.from(call('iam:GetCredentialReport', account).Content).toString('utf8');
      const [header, ...rows] = csv.split('\n').map((line) => line.split(','));
      const root = rows.find((row) => row[0] === '<root_account>');
      return root?.[header!.indexOf('password_enabled')];
    };
    expect(rootRow(base)).toBe('not_supported');
    expect(rootRow({ ...base, iam: { ...base.iam, root: { ...base.iam.root, password: false } } })).toBe(
      'false',
    );
  });

  it('lists declared instance profiles, then one holding a same-named role per profile instances use', () => {
    const base = demoAccount(DEMO_ACCOUNTS.securityTooling);
    const account: SimulatedAccount = {
      ...base,
      services: {
        governance: { iam: { instanceProfiles: [{ name: 'empty', role: null }] } },
        network: {
          regions: {
            'eu-west-1': {
              instances: [
                {
                  id: 'i-0123456789abcdef0',
                  state: 'running',
                  httpTokens: 'required',
                  instanceProfile: 'web',
                },
              ],
            },
            'us-east-1': {
              instances: [
                {
                  id: 'i-0123456789abcdef1',
                  state: 'running',
                  httpTokens: 'required',
                  instanceProfile: 'empty',
                },
              ],
            },
          },
        },
      },
    };
    const answer = call('iam:ListInstanceProfiles', account);
    expect(
      answer.InstanceProfiles.map(
        (profile: { InstanceProfileName: string; Roles: { RoleName: string }[] }) => [
          profile.InstanceProfileName,
          profile.Roles.map((role) => role.RoleName),
        ],
      ),
    ).toEqual([
      ['empty', []],
      ['web', ['web']],
    ]);
    expect(answer.IsTruncated).toBe(false);
  });
});
