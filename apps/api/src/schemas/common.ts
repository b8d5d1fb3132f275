import { type TSchema, Type } from '@sinclair/typebox';

export const OrganizationId = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
  description: 'Organization id (default: the organization from configuration)',
  examples: ['default'],
});

export const OrganizationQuery = { organizationId: Type.Optional(OrganizationId) };

export const Fingerprint = Type.String({
  pattern: '^[0-9a-f]{32}$',
  description: 'Stable id of (organization, account, region, check, resource)',
  examples: ['6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d'],
});

export const DateTime = Type.String({ format: 'date-time', examples: ['2026-01-31T08:00:00.000Z'] });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);
export const Uuid = Type.String({ format: 'uuid', examples: ['3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21'] });

export const Limit = (defaultValue: number, maximum: number) =>
  Type.Integer({ minimum: 1, maximum, default: defaultValue, description: 'Items per page' });

export const Cursor = Type.Optional(
  Type.String({ minLength: 1, maxLength: 2048, description: 'nextCursor of the previous page' }),
);

/** A repeatable query parameter. */
export const ListOf = <T extends TSchema>(item: T, description: string) =>
  Type.Optional(Type.Array(item, { maxItems: 100, description: `${description} (repeat for several)` }));

export const OuId = Type.String({
  pattern: '^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$',
  description: 'Organizational unit (or root) id; accounts in nested OUs are included',
  examples: ['ou-ab12-cdef3456'],
});

export const FrameworkId = Type.String({
  pattern: '^[a-z0-9][a-z0-9.-]{0,63}$',
  examples: ['cis-aws-7.0.0'],
});

/** A service of the check registry (iam, ec2, s3…). */
export const ServiceId = Type.String({ pattern: '^[a-z0-9]{1,32}$', examples: ['iam'] });
/** A requirement id as its framework prints it: CIS `2.4`, FSBP `S3.1`, NIST `AC-2(1)`, PCI `1.2.7`. */
export const RequirementId = Type.String({
  pattern: '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*(\\([0-9]+\\))?$',
  maxLength: 32,
  examples: ['2.4', 'S3.1', 'AC-2(1)'],
});

export const RegionOrGlobal = Type.String({
  pattern: '^([a-z]{2}(-[a-z]+)+-\\d|global)$',
  examples: ['eu-west-1', 'global'],
});
