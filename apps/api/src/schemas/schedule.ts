import { SCHEDULE_RUN_OUTCOMES } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, Limit, OrganizationId, OrganizationQuery, Uuid } from './common.js';
import { literalUnion } from './literal-union.js';
import { StartScanBody } from './scan.js';

/** What a scheduled scan covers: the selection of POST /v1/scans. */
export const ScheduleScope = Type.Object(
  {
    checks: StartScanBody.properties.checks,
    frameworks: StartScanBody.properties.frameworks,
    services: StartScanBody.properties.services,
    regions: StartScanBody.properties.regions,
  },
  {
    additionalProperties: false,
    title: 'ScheduleScope',
    description:
      'The selection of POST /v1/scans (checks, frameworks with requirement ids, services, regions)',
  },
);

const name = Type.String({ minLength: 1, maxLength: 200, examples: ['Nightly CIS scan'] });
const cron = Type.String({
  minLength: 1,
  maxLength: 200,
  description:
    'Cron expression: 5 fields (minute hour day-of-month month day-of-week), 6 with seconds first, or @daily…',
  examples: ['0 2 * * *'],
});
const timezoneOptions = {
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone the cron expression is read in',
  examples: ['Europe/Paris'],
};
const timezone = Type.String(timezoneOptions);
const scope = Type.Union([ScheduleScope, Type.Null()], {
  description: 'null or absent: every check and region',
});

export const ScheduleRunSchema = Type.Object(
  {
    id: Uuid,
    firedAt: DateTime,
    outcome: literalUnion(SCHEDULE_RUN_OUTCOMES, {
      description:
        'started: a scan was started; skipped: the previous scan of the organization was still running; ' +
        'failed: the scan could not be started (reason says why); pending: being started',
    }),
    scanId: Type.Union([Uuid, Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
  },
  { title: 'ScheduleRun' },
);

export const ScheduleSchema = Type.Object(
  {
    id: Uuid,
    organizationId: Type.String({ examples: ['default'] }),
    name: Type.String(),
    cron: Type.String(),
    timezone: Type.String(),
    scope: Type.Union([ScheduleScope, Type.Null()]),
    enabled: Type.Boolean(),
    nextRuns: Type.Array(DateTime, { description: 'The next three runs (empty while disabled)' }),
    lastRun: Type.Union([ScheduleRunSchema, Type.Null()]),
    createdBy: Type.String({ description: 'Name of the API key that created it' }),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'Schedule' },
);

export const CreateScheduleBody = Type.Object(
  {
    organizationId: Type.Optional(OrganizationId),
    name,
    cron,
    timezone: Type.Optional(Type.String({ ...timezoneOptions, default: 'UTC' })),
    scope: Type.Optional(scope),
    enabled: Type.Optional(Type.Boolean({ default: true })),
  },
  {
    additionalProperties: false,
    title: 'CreateSchedule',
    examples: [
      {
        name: 'Nightly CIS scan',
        cron: '0 2 * * *',
        timezone: 'Europe/Paris',
        scope: { frameworks: [{ id: 'cis-aws-7.0.0' }] },
      },
    ],
  },
);

export const UpdateScheduleBody = Type.Object(
  {
    name: Type.Optional(name),
    cron: Type.Optional(cron),
    timezone: Type.Optional(timezone),
    scope: Type.Optional(scope),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, title: 'UpdateSchedule', examples: [{ enabled: false }] },
);

export const ScheduleParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'Schedule id' }) },
  { additionalProperties: false },
);

export const ListSchedulesQuery = Type.Object(
  { ...OrganizationQuery, limit: Limit(100, 500), cursor: Cursor },
  { additionalProperties: false },
);

export const ListScheduleRunsQuery = Type.Object(
  { limit: Limit(50, 500), cursor: Cursor },
  { additionalProperties: false },
);
