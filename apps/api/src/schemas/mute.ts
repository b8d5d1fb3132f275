import { Type } from '@sinclair/typebox';
import {
  Cursor,
  DateTime,
  NullableDateTime,
  OrganizationId,
  OrganizationQuery,
  OuId,
  Uuid,
} from './common.js';
import { AccountId, CheckId } from './scan.js';

const Scope = {
  accountId: Type.Union([AccountId, Type.Null()], { description: 'Only this account' }),
  ouId: Type.Union([OuId, Type.Null()], { description: 'Only accounts under this OU (nested included)' }),
  region: Type.Union([
    Type.String({ pattern: '^([a-z]{2}(-[a-z]+)+-\\d|global)$', examples: ['eu-west-1'] }),
    Type.Null(),
  ]),
  checkId: Type.Union([CheckId, Type.Null()]),
  resourcePattern: Type.Union(
    [
      Type.String({ minLength: 1, maxLength: 1024, examples: ['arn:aws:iam::*:user/break-glass-*'] }),
      Type.Null(),
    ],
    { description: 'Glob over the resource id: * any characters, ? one character' },
  ),
};

export const MuteSchema = Type.Object(
  {
    id: Uuid,
    organizationId: Type.String({ examples: ['default'] }),
    ...Scope,
    reason: Type.String({ examples: ['Break-glass user; MFA device kept in the safe (RISK-142)'] }),
    owner: Type.String({ examples: ['secops@example.com'] }),
    expiresAt: NullableDateTime,
    expired: Type.Boolean({ description: 'expiresAt has passed (the mute stops applying at the next scan)' }),
    lapsedAt: Type.Union([DateTime, Type.Null()], {
      description: 'When a scan found the mute expired: from then on it covers nothing',
    }),
    findingsMuted: Type.Integer({ description: 'Current findings this mute covers' }),
    createdBy: Type.String({ description: 'Name of the API key that created it' }),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'Mute' },
);

const reason = Type.String({ minLength: 3, maxLength: 2000, description: 'Why the risk is accepted' });
const owner = Type.String({ minLength: 1, maxLength: 200, description: 'Who answers for it' });
const expiresAt = Type.Union(
  [Type.String({ format: 'date-time', examples: ['2026-12-31T00:00:00Z'] }), Type.Null()],
  {
    description: 'After this time the next scan un-mutes the findings and reports them reopened',
  },
);

export const CreateMuteBody = Type.Object(
  {
    organizationId: Type.Optional(OrganizationId),
    accountId: Type.Optional(Scope.accountId),
    ouId: Type.Optional(Scope.ouId),
    region: Type.Optional(Scope.region),
    checkId: Type.Optional(Scope.checkId),
    resourcePattern: Type.Optional(Scope.resourcePattern),
    reason,
    owner,
    expiresAt: Type.Optional(expiresAt),
  },
  {
    additionalProperties: false,
    title: 'CreateMute',
    description: 'At least one scope field (accountId, ouId, region, checkId, resourcePattern) is required',
    examples: [
      {
        accountId: '123456789012',
        checkId: 'iam-user-console-mfa-enabled',
        resourcePattern: 'arn:aws:iam::123456789012:user/break-glass',
        reason: 'Break-glass user; MFA device kept in the safe (RISK-142)',
        owner: 'secops@example.com',
        expiresAt: '2026-12-31T00:00:00Z',
      },
    ],
  },
);

export const UpdateMuteBody = Type.Object(
  {
    accountId: Type.Optional(Scope.accountId),
    ouId: Type.Optional(Scope.ouId),
    region: Type.Optional(Scope.region),
    checkId: Type.Optional(Scope.checkId),
    resourcePattern: Type.Optional(Scope.resourcePattern),
    reason: Type.Optional(reason),
    owner: Type.Optional(owner),
    expiresAt: Type.Optional(expiresAt),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    title: 'UpdateMute',
    examples: [{ expiresAt: '2027-03-31T00:00:00Z' }],
  },
);

export const MuteParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'Mute id' }) },
  { additionalProperties: false },
);

export const ListMutesQuery = Type.Object(
  {
    ...OrganizationQuery,
    active: Type.Optional(Type.Boolean({ description: 'true: mutes that still apply; false: lapsed ones' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Items per page' }),
    cursor: Cursor,
  },
  { additionalProperties: false },
);
