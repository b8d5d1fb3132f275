import { FINDING_STATUSES, SEVERITIES } from '@orgscan/checks';
import { type TSchema, Type } from '@sinclair/typebox';
import { literalUnion } from './literal-union.js';
import { AccountId, CheckId } from './scan.js';

export const FindingStatusSchema = literalUnion(FINDING_STATUSES);
export const SeveritySchema = literalUnion(SEVERITIES);

/** Where the API promises a resource, this is its shape: an ARN, including for the account itself. */
export const ResourceId = Type.String({
  description:
    "The resource's ARN where AWS has one. The account itself: `arn:<partition>:account::<account>:account` " +
    '(its AWS Account Management ARN); a regional setting of the account (EBS default encryption, a ' +
    "region's Security Hub): that ARN followed by `/<region>`.",
  examples: ['arn:aws:iam::123456789012:user/alice', 'arn:aws:account::123456789012:account/eu-west-1'],
});

export const FindingSchema = Type.Object(
  {
    fingerprint: Type.String({
      description: 'Stable id of (organization, account, region, check, resource)',
    }),
    accountId: Type.String(),
    region: Type.String({ description: "'global' for account-wide checks" }),
    checkId: Type.String(),
    resourceId: ResourceId,
    resourceType: Type.String(),
    status: FindingStatusSchema,
    severity: SeveritySchema,
    message: Type.String(),
    errorCode: Type.Union([Type.String(), Type.Null()], {
      description: 'AWS error code when status is ERROR',
    }),
    evidence: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  },
  { title: 'Finding' },
);

const listOf = <T extends TSchema>(item: T, description: string) =>
  Type.Optional(
    Type.Array(item, { maxItems: 100, description: `${description} (repeat the parameter for several)` }),
  );

export const ScanFindingsQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    status: listOf(FindingStatusSchema, 'Only findings with this status'),
    severity: listOf(SeveritySchema, 'Only findings of this severity'),
    accountId: listOf(AccountId, 'Only findings of this account'),
    checkId: listOf(CheckId, 'Only findings of this check'),
    region: listOf(
      Type.String({ pattern: '^([a-z]{2}(-[a-z]+)+-\\d|global)$' }),
      "Only findings in this region ('global')",
    ),
  },
  { additionalProperties: false },
);
