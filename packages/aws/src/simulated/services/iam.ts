import { createHash } from 'node:crypto';
import type * as Iam from '@aws-sdk/client-iam';
import type { SimulatedAccount, SimulatedIamUser } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import { governanceOf } from '../state/area-state.js';
import type { PolicyAttachmentsState, PolicyDocumentState } from '../state/governance-state.js';
import { daysBefore, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Iam>> = SimulatedAnswer<typeof Iam, Op>;

const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

/** AWS writes ISO 8601 with +00:00, seconds precision. */
function reportDate(now: Date, daysAgo: number | null | undefined): string {
  if (daysAgo === null || daysAgo === undefined) return 'N/A';
  return daysBefore(now, daysAgo)
    .toISOString()
    .replace(/\.\d{3}Z$/, '+00:00');
}

function keyColumns(now: Date, key: SimulatedIamUser['accessKeys'][number] | undefined): string[] {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = key.lastUsedDaysAgo !== null;
  return [
    String(key.active),
    reportDate(now, key.ageDays),
    reportDate(now, key.lastUsedDaysAgo),
    used ? 'us-east-1' : 'N/A',
    used ? 'sts' : 'N/A',
  ];
}

function credentialReportCsv({ caller, now }: SimulatedRequest): string {
  const { root } = caller.iam;
  const rows: string[][] = [];
  if (root.inCredentialReport !== false) {
    const rootKeys = Array.from({ length: root.activeAccessKeys }, () => ({
      active: true,
      ageDays: 500,
      lastUsedDaysAgo: 30,
    }));
    rows.push([
      '<root_account>',
      `arn:aws:iam::${caller.id}:root`,
      reportDate(now, caller.joinedDaysAgo),
      root.password === false ? 'false' : 'not_supported',
      root.passwordLastUsedDaysAgo === null
        ? 'no_information'
        : reportDate(now, root.passwordLastUsedDaysAgo),
      'not_supported',
      'not_supported',
      String(root.mfa),
      ...keyColumns(now, rootKeys[0]),
      ...keyColumns(now, rootKeys[1]),
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  for (const user of caller.iam.users) {
    rows.push([
      user.name,
      `arn:aws:iam::${caller.id}:user/${user.name}`,
      reportDate(now, user.createdDaysAgo),
      String(user.console),
      user.console
        ? user.passwordLastUsedDaysAgo === null
          ? 'no_information'
          : reportDate(now, user.passwordLastUsedDaysAgo)
        : 'N/A',
      user.console ? reportDate(now, user.createdDaysAgo) : 'N/A',
      'N/A',
      String(user.mfa),
      ...keyColumns(now, user.accessKeys[0]),
      ...keyColumns(now, user.accessKeys[1]),
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  return [CREDENTIAL_REPORT_COLUMNS, ...rows].map((row) => row.join(',')).join('\n');
}

/** IAM list operations return up to 100 items unless MaxItems says fewer. */
const IAM_PAGE_SIZE = 100;

/** GetAccountAuthorizationDetails truncates early (its responses are large); small pages also exercise Marker. */
const AUTHORIZATION_DETAILS_PAGE_SIZE = 10;

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

/**
 * The account's instance profiles: those `services.governance.iam.instanceProfiles` lists, then one per
 * other profile name its EC2 instances use (in any region), holding a role of the same name.
 */
function instanceProfiles(account: SimulatedAccount): { name: string; role: string | null }[] {
  const declared = governanceOf(account).iam?.instanceProfiles ?? [];
  const network = account.services?.network;
  const regions = [
    ...(network?.everyRegion ? [network.everyRegion] : []),
    ...Object.values(network?.regions ?? {}),
  ];
  const used = regions.flatMap((region) =>
    (region.instances ?? []).flatMap((instance) =>
      instance.instanceProfile ? [instance.instanceProfile] : [],
    ),
  );
  const implied = [...new Set(used)]
    .filter((name) => !declared.some((profile) => profile.name === name))
    .map((name) => ({ name, role: name }));
  return [...declared, ...implied];
}

/** Simulated IAM: the account's root user, users and password policy (`iam`) and `services.governance.iam`. */
export const simulatedIam = {
  ListAccountAliases: ({ caller, input }): Answer<'ListAccountAliases'> => {
    const alias = governanceOf(caller).accountAlias;
    const { pageItems, truncation } = iamPage(alias === undefined ? [] : [alias], input, IAM_PAGE_SIZE);
    return { AccountAliases: pageItems, ...truncation };
  },
  GetAccountAuthorizationDetails: (request): Answer<'GetAccountAuthorizationDetails'> => {
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
  ListVirtualMFADevices: (request): Answer<'ListVirtualMFADevices'> => {
    // Every simulated device is assigned to someone.
    const devices = request.input.AssignmentStatus === 'Unassigned' ? [] : virtualMfaDevices(request);
    const { pageItems, truncation } = iamPage(devices, request.input, IAM_PAGE_SIZE);
    return { VirtualMFADevices: pageItems, ...truncation };
  },
  ListServerCertificates: ({ caller, input, now }): Answer<'ListServerCertificates'> => {
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
  GetAccountSummary: ({ caller }): Answer<'GetAccountSummary'> => ({
    SummaryMap: {
      AccountMFAEnabled: caller.iam.root.mfa ? 1 : 0,
      AccountAccessKeysPresent: caller.iam.root.activeAccessKeys > 0 ? 1 : 0,
      Users: caller.iam.users.length,
      MFADevicesInUse: caller.iam.users.filter((user) => user.mfa).length + (caller.iam.root.mfa ? 1 : 0),
    },
  }),
  GetAccountPasswordPolicy: ({ caller }): Answer<'GetAccountPasswordPolicy'> => {
    const policy = caller.iam.passwordPolicy;
    if (!policy) {
      throw simulatedError(
        'NoSuchEntity',
        `The Password Policy with domain name ${caller.id} cannot be found.`,
        404,
      );
    }
    return {
      PasswordPolicy: {
        MinimumPasswordLength: policy.minimumPasswordLength,
        RequireSymbols: policy.requireSymbols ?? false,
        RequireNumbers: policy.requireNumbers ?? false,
        RequireUppercaseCharacters: policy.requireUppercaseCharacters ?? false,
        RequireLowercaseCharacters: policy.requireLowercaseCharacters ?? false,
        AllowUsersToChangePassword: true,
        ExpirePasswords: policy.maxPasswordAge !== undefined,
        ...(policy.maxPasswordAge !== undefined ? { MaxPasswordAge: policy.maxPasswordAge } : {}),
        ...(policy.passwordReusePrevention !== undefined
          ? { PasswordReusePrevention: policy.passwordReusePrevention }
          : {}),
      },
    };
  },
  // A report is always fresh in the simulation, as when AWS reuses one generated in the last 4 hours.
  GenerateCredentialReport: (): Answer<'GenerateCredentialReport'> => ({
    State: 'COMPLETE',
    Description: 'No report was generated.',
  }),
  GetCredentialReport: (request): Answer<'GetCredentialReport'> => ({
    Content: new TextEncoder().encode(credentialReportCsv(request)),
    ReportFormat: 'text/csv',
    GeneratedTime: request.now,
  }),
  ListInstanceProfiles: (request): Answer<'ListInstanceProfiles'> => {
    const { caller, now } = request;
    const created = daysBefore(now, caller.joinedDaysAgo);
    const profiles = instanceProfiles(caller).map(({ name, role }) => ({
      Path: '/',
      InstanceProfileName: name,
      InstanceProfileId: uniqueId('AIPA', caller, name),
      Arn: `arn:aws:iam::${caller.id}:instance-profile/${name}`,
      CreateDate: created,
      Roles:
        role === null
          ? []
          : [
              {
                Path: '/',
                RoleName: role,
                RoleId: uniqueId('AROA', caller, role),
                Arn: `arn:aws:iam::${caller.id}:role/${role}`,
                CreateDate: created,
              },
            ],
    }));
    const { pageItems, truncation } = iamPage(profiles, request.input, IAM_PAGE_SIZE);
    return { InstanceProfiles: pageItems, ...truncation };
  },
} satisfies SimulatedService<typeof Iam>;
