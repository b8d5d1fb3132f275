import { Type } from '@sinclair/typebox';
import { Cursor, Fingerprint, Uuid } from './common.js';
import { FindingStatusSchema, ResourceId, SeveritySchema } from './finding.js';
import { literalUnion } from './literal-union.js';
import { FINDING_CHANGE_VALUES } from './posture.js';

const Counts = Type.Object({
  new: Type.Integer({ examples: [3] }),
  resolved: Type.Integer({ examples: [5] }),
  regressed: Type.Integer({ examples: [1] }),
  reopened: Type.Integer({ examples: [0] }),
  unchanged: Type.Integer({ examples: [412] }),
});

export const ScanDiffSchema = Type.Object(
  {
    scanId: Uuid,
    against: Type.Union([Uuid, Type.Null()], { description: 'The earlier scan; null: the first scan' }),
    mode: literalUnion(['recorded', 'pairwise'] as const, {
      description:
        'recorded: the lifecycle recorded at finalize, relative to the posture before the scan (no against); ' +
        'pairwise: this scan compared with `against`',
    }),
    counts: Counts,
    items: Type.Array(
      Type.Object({
        fingerprint: Fingerprint,
        change: literalUnion(FINDING_CHANGE_VALUES),
        previousStatus: Type.Union([FindingStatusSchema, Type.Null()]),
        status: Type.Union([FindingStatusSchema, Type.Null()], { description: 'null: the resource is gone' }),
        accountId: Type.String(),
        region: Type.String(),
        checkId: Type.String(),
        resourceId: ResourceId,
        resourceType: Type.String(),
        severity: SeveritySchema,
        muted: Type.Boolean(),
      }),
    ),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ScanDiff' },
);

export const DiffQuery = Type.Object(
  {
    against: Type.Optional(Type.String({ format: 'uuid', description: 'Compare with this earlier scan' })),
    change: Type.Optional(
      Type.Array(literalUnion(FINDING_CHANGE_VALUES), { maxItems: 4, description: 'Only these changes' }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Items per page' }),
    cursor: Cursor,
  },
  { additionalProperties: false },
);
