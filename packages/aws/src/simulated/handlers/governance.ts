import { createHash } from 'node:crypto';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type {
  GovernanceRegions,
  GovernanceState,
  PolicyAttachmentsState,
  PolicyDocumentState,
} from '../state/governance-state.js';
import { daysBefore, page, type SimulatedHandler, type SimulatedRequest } from './handler.js';

/** IAM list operations return up to 100 items unless MaxItems says fewer. */
const IAM_PAGE_SIZE = 100;
/** GetAccountAuthorizationDetails truncates early (its responses are large); small pages also exercise Marker. */
const AUTHORIZATION_DETAILS_PAGE_SIZE = 10;
const LIST_PAGE_SIZE = 20;

/** Roles AWS creates in every account; they always exist, whatever the description says. */
const DEFAULT_SERVICE_LINKED_ROLES = [
  {
    name: 'AWSServiceRoleForSupport',
    path: '/aws-service-role/support.amazonaws.com/',
    attachedPolicies: ['aws-service-role/AWSSupportServiceRolePolicy'],
  },
  {
    name: 'AWSServiceRoleForTrustedAdvisor',
    path: '/aws-service-role/trustedadvisor.amazonaws.com/',
    attachedPolicies: ['aws-service-role/AWSTrustedAdvisorServiceRolePolicy'],
  },
];

/** A stable IAM unique id (AIDA… users, AGPA… groups, AROA… roles, ANPA… policies, ASCA… certificates). */
function uniqueId(prefix: string, account: SimulatedAccount, name: string): string {
  return (
    prefix + createHash('sha256').update(`${account.id}/${name}`).digest('hex').slice(0, 17).toUpperCase()
  );
}

function governanceOf(account: SimulatedAccount): GovernanceState {
  return account.services?.governance ?? {};
}

function inRegions(regions: GovernanceRegions | undefined, region: string): boolean {
  return regions === 'all' || (regions?.includes(region) ?? false);
}

/** IAM returns policy documents URL-encoded. */
function encodedDocument(document: PolicyDocumentState): string {
  return encodeURIComponent(JSON.stringify(document));
}

/** Managed policy names resolve to the account's customer policy of that name, else to AWS's. */
function policyArn(account: SimulatedAccount, name: string): string {
  const customer = governanceOf(account).iam?.customerPolicies?.some((policy) => policy.name === name);
  return customer ? `arn:aws:iam::${account.id}:policy/${name}` : `arn:aws:iam::aws:policy/${name}`;
}

function policyDetails(account: SimulatedAccount, state: PolicyAttachmentsState) {
  return {
    attached: (state.attachedPolicies ?? []).map((name) => ({
      PolicyName: name.slice(name.lastIndexOf('/') + 1),
      PolicyArn: policyArn(account, name),
    })),
    inline: (state.inlinePolicies ?? []).map((policy) => ({
      PolicyName: policy.name,
      PolicyDocument: encodedDocument(policy.document),
    })),
  };
}

/** A description that names a user the account does not have is a mistake in the description, not an AWS answer. */
function requireUser(account: SimulatedAccount, name: string): void {
  if (!account.iam.users.some((user) => user.name === name)) {
    throw new Error(`simulated account ${account.id} references IAM user ${name}, which it does not have`);
  }
}

type AuthorizationEntry =
  | { readonly kind: 'User'; readonly detail: object }
  | { readonly kind: 'Group'; readonly detail: object }
  | { readonly kind: 'Role'; readonly detail: object }
  | { readonly kind: 'LocalManagedPolicy'; readonly detail: object };

function authorizationEntries({ caller, now }: SimulatedRequest): AuthorizationEntry[] {
  const iam = governanceOf(caller).iam ?? {};
  const groups = iam.groups ?? [];
  const roles = [...DEFAULT_SERVICE_LINKED_ROLES, ...(iam.roles ?? [])];
  const userPolicies = iam.userPolicies ?? [];
  const referencedUsers = [
    ...groups.flatMap((group) => group.members),
    ...userPolicies.map((entry) => entry.user),
  ];
  for (const name of referencedUsers) requireUser(caller, name);
  const created = daysBefore(now, caller.joinedDaysAgo);

  const users = caller.iam.users.map((user): AuthorizationEntry => {
    const own = policyDetails(caller, userPolicies.find((entry) => entry.user === user.name) ?? {});
    return {
      kind: 'User',
      detail: {
        Path: '/',
        UserName: user.name,
        UserId: uniqueId('AIDA', caller, user.name),
        Arn: `arn:aws:iam::${caller.id}:user/${user.name}`,
        CreateDate: daysBefore(now, user.createdDaysAgo),
        UserPolicyList: own.inline,
        GroupList: groups.filter((group) => group.members.includes(user.name)).map((group) => group.name),
        AttachedManagedPolicies: own.attached,
        Tags: [],
      },
    };
  });
  const groupEntries = groups.map((group): AuthorizationEntry => {
    const own = policyDetails(caller, group);
    return {
      kind: 'Group',
      detail: {
        Path: '/',
        GroupName: group.name,
        GroupId: uniqueId('AGPA', caller, group.name),
        Arn: `arn:aws:iam::${caller.id}:group/${group.name}`,
        CreateDate: created,
        GroupPolicyList: own.inline,
        AttachedManagedPolicies: own.attached,
      },
    };
  });
  const roleEntries = roles.map((role): AuthorizationEntry => {
    const own = policyDetails(caller, role);
    const path = role.path ?? '/';
    return {
      kind: 'Role',
      detail: {
        Path: path,
        RoleName: role.name,
        RoleId: uniqueId('AROA', caller, role.name),
        Arn: `arn:aws:iam::${caller.id}:role${path}${role.name}`,
        CreateDate: created,
        AssumeRolePolicyDocument: encodedDocument({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${caller.id}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
        InstanceProfileList: [],
        RolePolicyList: own.inline,
        AttachedManagedPolicies: own.attached,
        Tags: [],
      },
    };
  });
  const attachedEverywhere = [...groups, ...roles, ...userPolicies].flatMap(
    (holder) => holder.attachedPolicies ?? [],
  );
  const policyEntries = (iam.customerPolicies ?? []).map(
    (policy): AuthorizationEntry => ({
      kind: 'LocalManagedPolicy',
      detail: {
        PolicyName: policy.name,
        PolicyId: uniqueId('ANPA', caller, policy.name),
        Arn: `arn:aws:iam::${caller.id}:policy/${policy.name}`,
        Path: '/',
        DefaultVersionId: 'v1',
        AttachmentCount: attachedEverywhere.filter((name) => name === policy.name).length,
        PermissionsBoundaryUsageCount: 0,
        IsAttachable: true,
        CreateDate: created,
        UpdateDate: created,
        PolicyVersionList: [
          {
            Document: encodedDocument(policy.document),
            VersionId: 'v1',
            IsDefaultVersion: true,
            CreateDate: created,
          },
        ],
      },
    }),
  );
  return [...users, ...groupEntries, ...roleEntries, ...policyEntries];
}

/** IAM pagination: Marker in, IsTruncated and Marker out. */
function iamPage<T>(items: readonly T[], input: { Marker?: string; MaxItems?: number }, pageSize: number) {
  const { items: pageItems, next } = page(items, input.Marker, input.MaxItems ?? pageSize);
  return { pageItems, truncation: next ? { IsTruncated: true, Marker: next } : { IsTruncated: false } };
}

function virtualMfaDevices({ caller, now }: SimulatedRequest) {
  const rootVirtual = caller.iam.root.mfa && governanceOf(caller).iam?.rootMfaDevice === 'virtual';
  return [
    ...(rootVirtual
      ? [
          {
            SerialNumber: `arn:aws:iam::${caller.id}:mfa/root-account-mfa-device`,
            User: {
              Path: '/',
              UserName: caller.name,
              UserId: caller.id,
              Arn: `arn:aws:iam::${caller.id}:root`,
              CreateDate: daysBefore(now, caller.joinedDaysAgo),
            },
            EnableDate: daysBefore(now, caller.joinedDaysAgo),
          },
        ]
      : []),
    // Users with MFA have a virtual device named after them.
    ...caller.iam.users
      .filter((user) => user.mfa)
      .map((user) => ({
        SerialNumber: `arn:aws:iam::${caller.id}:mfa/${user.name}`,
        User: {
          Path: '/',
          UserName: user.name,
          UserId: uniqueId('AIDA', caller, user.name),
          Arn: `arn:aws:iam::${caller.id}:user/${user.name}`,
          CreateDate: daysBefore(now, user.createdDaysAgo),
        },
        EnableDate: daysBefore(now, user.createdDaysAgo),
      })),
  ];
}

function recorderOf(caller: SimulatedAccount, region: string) {
  return governanceOf(caller).configRecorders?.find((recorder) => inRegions(recorder.regions, region));
}

export const governanceHandlers: Record<string, SimulatedHandler> = {
  'account:GetAlternateContact': ({ caller, input }) => {
    const email = governanceOf(caller).securityContactEmail;
    if (input.AlternateContactType !== 'SECURITY' || email === undefined) {
      throw simulatedError(
        'ResourceNotFoundException',
        'No contact of the inputted alternate contact type found.',
        404,
      );
    }
    return {
      AlternateContact: {
        AlternateContactType: 'SECURITY',
        EmailAddress: email,
        Name: 'Security team',
        PhoneNumber: '+1-555-0100',
        Title: 'Security',
      },
    };
  },

  'iam:ListAccountAliases': ({ caller, input }) => {
    const alias = governanceOf(caller).accountAlias;
    const { pageItems, truncation } = iamPage(alias === undefined ? [] : [alias], input, IAM_PAGE_SIZE);
    return { AccountAliases: pageItems, ...truncation };
  },

  'iam:GetAccountAuthorizationDetails': (request) => {
    const filter: readonly string[] = request.input.Filter ?? ['User', 'Group', 'Role', 'LocalManagedPolicy'];
    // AWS managed policies (AWSManagedPolicy) are not simulated: their documents are AWS's own.
    const entries = authorizationEntries(request).filter((entry) => filter.includes(entry.kind));
    const { pageItems, truncation } = iamPage(entries, request.input, AUTHORIZATION_DETAILS_PAGE_SIZE);
    const of = (kind: AuthorizationEntry['kind']) =>
      pageItems.filter((entry) => entry.kind === kind).map((entry) => entry.detail);
    return {
      UserDetailList: of('User'),
      GroupDetailList: of('Group'),
      RoleDetailList: of('Role'),
      Policies: of('LocalManagedPolicy'),
      ...truncation,
    };
  },

  'iam:ListVirtualMFADevices': (request) => {
    // Every simulated device is assigned to someone.
    const devices = request.input.AssignmentStatus === 'Unassigned' ? [] : virtualMfaDevices(request);
    const { pageItems, truncation } = iamPage(devices, request.input, IAM_PAGE_SIZE);
    return { VirtualMFADevices: pageItems, ...truncation };
  },

  'iam:ListServerCertificates': ({ caller, input, now }) => {
    const certificates = (governanceOf(caller).iam?.serverCertificates ?? []).map((certificate) => ({
      Path: '/',
      ServerCertificateName: certificate.name,
      ServerCertificateId: uniqueId('ASCA', caller, certificate.name),
      Arn: `arn:aws:iam::${caller.id}:server-certificate/${certificate.name}`,
      UploadDate: daysBefore(now, 365 - certificate.expiresInDays),
      Expiration: daysBefore(now, -certificate.expiresInDays),
    }));
    const { pageItems, truncation } = iamPage(certificates, input, IAM_PAGE_SIZE);
    return { ServerCertificateMetadataList: pageItems, ...truncation };
  },

  'accessanalyzer:ListAnalyzers': ({ caller, region, input, now }) => {
    const analyzers = (governanceOf(caller).accessAnalyzers ?? [])
      .filter((analyzer) => inRegions(analyzer.regions, region))
      .filter((analyzer) => input.type === undefined || analyzer.type === input.type)
      .map((analyzer) => ({
        arn: `arn:aws:access-analyzer:${region}:${caller.id}:analyzer/${analyzer.name}`,
        name: analyzer.name,
        type: analyzer.type,
        createdAt: daysBefore(now, 200),
        status: analyzer.status ?? 'ACTIVE',
        tags: {},
      }));
    const { items, next } = page(analyzers, input.nextToken, input.maxResults ?? LIST_PAGE_SIZE);
    return { analyzers: items, ...(next ? { nextToken: next } : {}) };
  },

  'config:DescribeConfigurationRecorders': ({ caller, region, input }) => {
    const recorder = recorderOf(caller, region);
    const names: readonly string[] | undefined = input.ConfigurationRecorderNames;
    const unknown = names?.find((name) => !recorder || name !== 'default');
    if (unknown !== undefined) {
      throw simulatedError(
        'NoSuchConfigurationRecorderException',
        `Cannot find configuration recorder with the specified name '${unknown}'.`,
      );
    }
    if (!recorder) return { ConfigurationRecorders: [] };
    return {
      ConfigurationRecorders: [
        {
          arn: `arn:aws:config:${region}:${caller.id}:configuration-recorder/default/sim${caller.id}`,
          name: 'default',
          roleARN: `arn:aws:iam::${caller.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: {
            allSupported: recorder.allSupported,
            includeGlobalResourceTypes: recorder.includeGlobalResourceTypes,
            resourceTypes: recorder.allSupported ? [] : ['AWS::EC2::Instance', 'AWS::S3::Bucket'],
            exclusionByResourceTypes: { resourceTypes: [] },
            recordingStrategy: {
              useOnly: recorder.allSupported ? 'ALL_SUPPORTED_RESOURCE_TYPES' : 'INCLUSION_BY_RESOURCE_TYPES',
            },
          },
          recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
          recordingScope: 'PAID',
        },
      ],
    };
  },

  'config:DescribeConfigurationRecorderStatus': ({ caller, region, now }) => {
    const recorder = recorderOf(caller, region);
    if (!recorder) return { ConfigurationRecordersStatus: [] };
    const lastStatus = recorder.lastStatus ?? 'Success';
    return {
      ConfigurationRecordersStatus: [
        {
          arn: `arn:aws:config:${region}:${caller.id}:configuration-recorder/default/sim${caller.id}`,
          name: 'default',
          lastStartTime: daysBefore(now, 300),
          ...(recorder.recording ? {} : { lastStopTime: daysBefore(now, 20) }),
          recording: recorder.recording,
          lastStatus,
          ...(lastStatus === 'Failure'
            ? {
                lastErrorCode: 'InsufficientDeliveryPolicyException',
                lastErrorMessage: 'Insufficient delivery policy to s3 bucket, unable to write to bucket.',
              }
            : {}),
          lastStatusChangeTime: daysBefore(now, 1),
        },
      ],
    };
  },

  'config:DescribeConfigurationAggregators': ({ caller, region, input, now }) => {
    const aggregators = (governanceOf(caller).configAggregators ?? [])
      .filter((aggregator) => aggregator.region === region)
      .map((aggregator) => ({
        ConfigurationAggregatorName: aggregator.name,
        ConfigurationAggregatorArn: `arn:aws:config:${region}:${caller.id}:config-aggregator/config-aggregator-${aggregator.name}`,
        ...(aggregator.organizationWide
          ? {
              OrganizationAggregationSource: {
                RoleArn: `arn:aws:iam::${caller.id}:role/config-aggregator`,
                AllAwsRegions: true,
              },
            }
          : { AccountAggregationSources: [{ AccountIds: [caller.id], AllAwsRegions: true }] }),
        CreationTime: daysBefore(now, 400),
        LastUpdatedTime: daysBefore(now, 30),
      }));
    const { items, next } = page(aggregators, input.NextToken, input.Limit ?? LIST_PAGE_SIZE);
    return { ConfigurationAggregators: items, ...(next ? { NextToken: next } : {}) };
  },

  'securityhub:DescribeHub': ({ caller, region, now }) => {
    if (!inRegions(governanceOf(caller).securityHubRegions, region)) {
      throw simulatedError(
        'InvalidAccessException',
        `Account ${caller.id} is not subscribed to AWS Security Hub`,
        401,
      );
    }
    return {
      HubArn: `arn:aws:securityhub:${region}:${caller.id}:hub/default`,
      SubscribedAt: daysBefore(now, 250).toISOString(),
      AutoEnableControls: true,
      ControlFindingGenerator: 'SECURITY_CONTROL',
    };
  },
};
