import { Type } from '@sinclair/typebox';
import {
  Cursor,
  DateTime,
  Fingerprint,
  FrameworkId,
  Limit,
  ListOf,
  NullableDateTime,
  OrganizationQuery,
  OuId,
  RegionOrGlobal,
  RequirementId,
  ServiceId,
  Uuid,
} from './common.js';
import { FindingStatusSchema, ResourceId, SeveritySchema } from './finding.js';
import { literalUnion } from './literal-union.js';
import { AccountId, CheckId } from './scan.js';

export const POSTURE_SORT_VALUES = [
  'severity',
  '-severity',
  'firstSeen',
  '-firstSeen',
  'statusChangedAt',
  '-statusChangedAt',
] as const;

export const FINDING_CHANGE_VALUES = ['new', 'resolved', 'regressed', 'reopened'] as const;
export const FindingChangeSchema = literalUnion(FINDING_CHANGE_VALUES, {
  description:
    'new: first FAIL; resolved: FAIL → PASS or resource gone; regressed: FAIL again after a resolution; ' +
    'reopened: still failing and its mute expired',
});

export const PostureFindingSchema = Type.Object(
  {
    fingerprint: Fingerprint,
    organizationId: Type.String({ examples: ['default'] }),
    accountId: Type.String({ examples: ['123456789012'] }),
    accountName: Type.Union([Type.String(), Type.Null()]),
    region: Type.String({ description: "'global' for account-wide checks", examples: ['global'] }),
    checkId: Type.String({ examples: ['iam-root-mfa-enabled'] }),
    service: Type.Union([Type.String(), Type.Null()], { examples: ['iam'] }),
    title: Type.Union([Type.String(), Type.Null()], { description: "The check's title" }),
    resourceId: ResourceId,
    resourceType: Type.String({ examples: ['AwsIamUser'] }),
    status: FindingStatusSchema,
    severity: SeveritySchema,
    message: Type.String(),
    errorCode: Type.Union([Type.String(), Type.Null()], {
      description: 'AWS error code when status is ERROR',
    }),
    evidence: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    open: Type.Boolean({
      description: 'The latest decisive observation (FAIL, PASS, resource gone) was FAIL',
    }),
    recordState: literalUnion(['active', 'archived'] as const, {
      description: 'archived: the resource is gone (resolved if it was failing)',
    }),
    muted: Type.Boolean({ description: 'A mute covers it: visible, but not counted as a failure' }),
    muteId: Type.Union([Uuid, Type.Null()]),
    firstSeen: DateTime,
    lastSeen: DateTime,
    statusChangedAt: DateTime,
    firstFailedAt: NullableDateTime,
    resolvedAt: NullableDateTime,
    lastScanId: Uuid,
    ticketRefs: Type.Array(Type.Unknown(), { description: 'Tickets opened for this finding' }),
  },
  { title: 'PostureFinding' },
);

export const ListPostureQuery = Type.Object(
  {
    ...OrganizationQuery,
    limit: Limit(100, 1000),
    cursor: Cursor,
    sort: Type.Optional(
      literalUnion(POSTURE_SORT_VALUES, {
        description: 'severity: most severe first (default); a leading - reverses; dates oldest first',
      }),
    ),
    status: ListOf(FindingStatusSchema, 'Only this status'),
    severity: ListOf(SeveritySchema, 'Only this severity'),
    checkId: ListOf(CheckId, 'Only this check'),
    service: ListOf(ServiceId, 'Only checks of this service'),
    accountId: ListOf(AccountId, 'Only this account'),
    ouId: Type.Optional(OuId),
    region: ListOf(RegionOrGlobal, "Only this region ('global' for account-wide checks)"),
    framework: Type.Optional(FrameworkId),
    requirement: ListOf(RequirementId, 'With framework: only checks mapped to this requirement'),
    muted: Type.Optional(Type.Boolean({ description: 'true: only muted; false: only not muted' })),
    recordState: Type.Optional(
      literalUnion(['active', 'archived', 'all'] as const, {
        description: 'active (default): resources that exist; archived: gone; all',
      }),
    ),
    firstSeenFrom: Type.Optional(DateTime),
    firstSeenTo: Type.Optional(DateTime),
    lastSeenFrom: Type.Optional(DateTime),
    lastSeenTo: Type.Optional(DateTime),
    resource: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 256,
        description: 'Case-insensitive substring of the resource id',
      }),
    ),
  },
  { additionalProperties: false },
);

export const FingerprintParams = Type.Object({ fingerprint: Fingerprint }, { additionalProperties: false });

export const FindingDetailQuery = Type.Object(
  {
    historyLimit: Type.Integer({
      minimum: 1,
      maximum: 1000,
      default: 100,
      description: 'Most recent observations returned',
    }),
  },
  { additionalProperties: false },
);

export const FindingObservationSchema = Type.Object(
  {
    scanId: Uuid,
    scanCreatedAt: DateTime,
    status: Type.Union([FindingStatusSchema, Type.Null()], { description: 'null: the resource was gone' }),
    severity: Type.Union([SeveritySchema, Type.Null()]),
    message: Type.Union([Type.String(), Type.Null()]),
    errorCode: Type.Union([Type.String(), Type.Null()]),
    change: Type.Union([FindingChangeSchema, Type.Null()], { description: 'null: unchanged' }),
    muted: Type.Boolean(),
  },
  { title: 'FindingObservation' },
);

export const FindingDetailSchema = Type.Composite(
  [
    PostureFindingSchema,
    Type.Object({
      remediation: Type.Union([
        Type.Object({
          text: Type.String(),
          cli: Type.Union([Type.String(), Type.Null()]),
          url: Type.String(),
        }),
        Type.Null(),
      ]),
      compliance: Type.Array(
        Type.Object({ framework: Type.String(), requirements: Type.Array(Type.String()) }),
        { description: 'Framework requirements the check evaluates' },
      ),
      history: Type.Array(FindingObservationSchema, {
        description: 'Observations per scan, most recent first',
      }),
    }),
  ],
  { title: 'FindingDetail' },
);
