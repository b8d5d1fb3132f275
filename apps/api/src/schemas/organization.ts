import { Type } from '@sinclair/typebox';
import { DateTime, OrganizationId, OuId } from './common.js';
import { Region } from './scan.js';

const RoleArn = Type.String({
  pattern: '^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$',
  examples: ['arn:aws:iam::111111111111:role/OrgScanOrganizationReader'],
});
const ExternalId = Type.String({ minLength: 2, maxLength: 1224, pattern: '^[\\w+=,.@:/-]+$' });
const TagFilter = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 128, examples: ['environment'] }),
    values: Type.Array(Type.String({ minLength: 0, maxLength: 256 }), {
      minItems: 1,
      maxItems: 50,
      examples: [['prod', 'staging']],
    }),
  },
  { additionalProperties: false },
);

const Settings = {
  name: Type.String({ minLength: 1, maxLength: 200, examples: ['Acme production organization'] }),
  managementRoleArn: Type.Union([RoleArn, Type.Null()], {
    description:
      'Role in the management (or delegated-admin) account to list accounts; null: own credentials',
  }),
  managementExternalId: Type.Union([ExternalId, Type.Null()], {
    description: "ExternalId of the management role's trust policy (write-only)",
  }),
  memberRoleName: Type.String({ pattern: '^[\\w+=,.@-]{1,64}$', examples: ['OrgScanReadOnly'] }),
  externalId: Type.Union([ExternalId, Type.Null()], {
    description: 'ExternalId the member role trust policy requires (write-only: never returned)',
  }),
  regionAllowList: Type.Union(
    [Type.Array(Region, { minItems: 1, maxItems: 50, uniqueItems: true }), Type.Null()],
    {
      description: 'Only these regions; null: every enabled region',
    },
  ),
  ouInclude: Type.Array(OuId, {
    maxItems: 100,
    uniqueItems: true,
    description: 'Only accounts under these OUs (nested included); empty: all',
  }),
  ouExclude: Type.Array(OuId, {
    maxItems: 100,
    uniqueItems: true,
    description: 'Never accounts under these OUs (nested included); wins over ouInclude',
  }),
  accountTagFilters: Type.Array(TagFilter, {
    maxItems: 10,
    description: 'Only accounts whose tags match every filter (one of its values)',
  }),
};

export const OrganizationSchema = Type.Object(
  {
    id: Type.String({ examples: ['acme-prod'] }),
    name: Settings.name,
    default: Type.Boolean({
      description: 'The organization from configuration (its access settings come from there)',
    }),
    awsOrganizationId: Type.Union([Type.String(), Type.Null()], { examples: ['o-a1b2c3d4e5'] }),
    managementAccountId: Type.Union([Type.String(), Type.Null()]),
    managementRoleArn: Settings.managementRoleArn,
    managementExternalIdSet: Type.Boolean({ description: 'Whether a management ExternalId is configured' }),
    memberRoleName: Settings.memberRoleName,
    externalIdSet: Type.Boolean({
      description: 'Whether a member ExternalId is configured (never returned)',
    }),
    regionAllowList: Settings.regionAllowList,
    ouInclude: Settings.ouInclude,
    ouExclude: Settings.ouExclude,
    accountTagFilters: Settings.accountTagFilters,
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'Organization' },
);

export const CreateOrganizationBody = Type.Object(
  {
    id: OrganizationId,
    name: Settings.name,
    managementRoleArn: Type.Optional(Settings.managementRoleArn),
    managementExternalId: Type.Optional(Settings.managementExternalId),
    memberRoleName: Type.Optional(Settings.memberRoleName),
    externalId: Type.Optional(Settings.externalId),
    regionAllowList: Type.Optional(Settings.regionAllowList),
    ouInclude: Type.Optional(Settings.ouInclude),
    ouExclude: Type.Optional(Settings.ouExclude),
    accountTagFilters: Type.Optional(Settings.accountTagFilters),
  },
  {
    additionalProperties: false,
    title: 'CreateOrganization',
    examples: [
      {
        id: 'acme-prod',
        name: 'Acme production organization',
        managementRoleArn: 'arn:aws:iam::111111111111:role/OrgScanOrganizationReader',
        memberRoleName: 'OrgScanReadOnly',
        externalId: 'acme-4f1d9c',
        ouExclude: ['ou-ab12-sandbox1'],
        accountTagFilters: [{ key: 'environment', values: ['prod'] }],
      },
    ],
  },
);

export const UpdateOrganizationBody = Type.Object(
  {
    name: Type.Optional(Settings.name),
    managementRoleArn: Type.Optional(Settings.managementRoleArn),
    managementExternalId: Type.Optional(Settings.managementExternalId),
    memberRoleName: Type.Optional(Settings.memberRoleName),
    externalId: Type.Optional(Settings.externalId),
    regionAllowList: Type.Optional(Settings.regionAllowList),
    ouInclude: Type.Optional(Settings.ouInclude),
    ouExclude: Type.Optional(Settings.ouExclude),
    accountTagFilters: Type.Optional(Settings.accountTagFilters),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    title: 'UpdateOrganization',
    examples: [{ ouExclude: ['ou-ab12-sandbox1'] }],
  },
);

export const OrganizationParams = Type.Object({ id: OrganizationId }, { additionalProperties: false });
