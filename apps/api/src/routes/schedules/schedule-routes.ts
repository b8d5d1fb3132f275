import { checks as allChecks } from '@orgscan/checks';
import {
  InvalidRequestError,
  NotFoundError,
  nextRuns,
  type ScheduleRecord,
  type ScheduleRunRecord,
  type ScheduleScope,
  selectChecks,
  validateSchedule,
} from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditHook } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';
import {
  CreateScheduleBody,
  ListScheduleRunsQuery,
  ListSchedulesQuery,
  ScheduleParams,
  ScheduleRunSchema,
  ScheduleSchema,
  UpdateScheduleBody,
} from '../../schemas/schedule.js';
import { organizationOf } from '../posture/organization-scope.js';

export function scheduleRunView(run: ScheduleRunRecord) {
  return {
    id: run.id,
    firedAt: run.firedAt.toISOString(),
    outcome: run.outcome,
    scanId: run.scanId,
    reason: run.reason,
    recordedAt: run.recordedAt.toISOString(),
  };
}

function scheduleView(schedule: ScheduleRecord, now: Date) {
  return {
    id: schedule.id,
    organizationId: schedule.organizationId,
    name: schedule.name,
    cron: schedule.cron,
    timezone: schedule.timezone,
    scope: schedule.scope as never,
    enabled: schedule.enabled,
    nextRuns: schedule.enabled
      ? nextRuns(schedule.cron, schedule.timezone, now, 3).map((run) => run.toISOString())
      : [],
    lastRun: schedule.lastRun ? scheduleRunView(schedule.lastRun) : null,
    createdBy: schedule.createdBy,
    createdAt: schedule.createdAt.toISOString(),
    updatedAt: schedule.updatedAt.toISOString(),
  };
}

/** The scope must select at least one check, as a scan request would; errors name `scope.<field>`. */
function validScope(scope: ScheduleScope | null | undefined): ScheduleScope | null {
  if (!scope) return null;
  try {
    selectChecks(allChecks, scope);
  } catch (error) {
    if (error instanceof InvalidRequestError)
      throw new InvalidRequestError(error.message, `scope.${error.field}`);
    throw error;
  }
  return scope;
}

/**
 * Scan schedules (admin): an organization scanned on a cron expression in a time zone, optionally scoped
 * like POST /v1/scans. Each enabled schedule is a BullMQ job scheduler kept in step with its row: the row
 * and the scheduler change together (a Redis failure rolls the change back: 503).
 */
export function scheduleRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/schedules',
    {
      config: { access: 'admin', auditAction: 'schedule.create' },
      schema: {
        tags: ['schedules'],
        summary: 'Schedule scans of an organization (cron + time zone)',
        description:
          "When a run is due while the organization's previous scan is still running, the run is skipped and " +
          'recorded (GET /v1/schedules/{id}/runs), never queued behind it.',
        body: CreateScheduleBody,
        response: { 201: ScheduleSchema, ...problemResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const now = deps.now();
      const timezone = body.timezone ?? 'UTC';
      validateSchedule(body.cron, timezone, deps.schedules.minIntervalSeconds, now);
      const scope = validScope(body.scope);
      const organization = await organizationOf(deps, body.organizationId);
      const id = deps.newId();
      const enabled = body.enabled ?? true;
      await deps.store.transaction(async (tx) => {
        await tx.schedules.create({
          id,
          organizationId: organization.id,
          name: body.name,
          cron: body.cron,
          timezone,
          scope,
          enabled,
          createdBy: request.principal?.name ?? 'unknown',
          createdAt: now,
        });
        // Audited before the job scheduler changes: an entry that cannot be written stops everything.
        await auditHook(deps, request, 201)(tx, id);
        if (enabled) await deps.schedules.queue.upsert({ id, cron: body.cron, timezone });
      });
      const schedule = await deps.store.schedules.get(id);
      return reply
        .code(201)
        .header('location', `/v1/schedules/${id}`)
        .send(scheduleView(schedule as ScheduleRecord, now));
    },
  );

  app.get(
    '/v1/schedules',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['schedules'],
        summary: 'Scan schedules, oldest first (all organizations unless organizationId is given)',
        querystring: ListSchedulesQuery,
        response: { 200: pageOf(ScheduleSchema, 'SchedulePage'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = await deps.store.schedules.list(request.query);
      const now = deps.now();
      return {
        items: page.items.map((schedule) => scheduleView(schedule, now)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/v1/schedules/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['schedules'],
        summary: 'One schedule, with its next runs and its last run',
        params: ScheduleParams,
        response: { 200: ScheduleSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const schedule = await deps.store.schedules.get(request.params.id);
      if (!schedule) throw new NotFoundError('schedule', request.params.id);
      return scheduleView(schedule, deps.now());
    },
  );

  app.patch(
    '/v1/schedules/:id',
    {
      config: { access: 'admin', auditAction: 'schedule.update' },
      schema: {
        tags: ['schedules'],
        summary: 'Change a schedule: name, cron, time zone, scope, or enable / disable it',
        params: ScheduleParams,
        body: UpdateScheduleBody,
        response: { 200: ScheduleSchema, ...problemResponses(400, 404, 503) },
      },
    },
    async (request) => {
      const { body } = request;
      const current = await deps.store.schedules.get(request.params.id);
      if (!current) throw new NotFoundError('schedule', request.params.id);
      const now = deps.now();
      const cron = body.cron ?? current.cron;
      const timezone = body.timezone ?? current.timezone;
      const enabled = body.enabled ?? current.enabled;
      validateSchedule(cron, timezone, deps.schedules.minIntervalSeconds, now);
      const scope = body.scope === undefined ? undefined : validScope(body.scope);
      await deps.store.transaction(async (tx) => {
        await tx.schedules.update(current.id, { ...body, scope }, now);
        await auditHook(deps, request, 200)(tx, current.id);
        if (enabled) await deps.schedules.queue.upsert({ id: current.id, cron, timezone });
        else await deps.schedules.queue.remove(current.id);
      });
      return scheduleView((await deps.store.schedules.get(current.id)) as ScheduleRecord, now);
    },
  );

  app.delete(
    '/v1/schedules/:id',
    {
      config: { access: 'admin', auditAction: 'schedule.delete' },
      schema: {
        tags: ['schedules'],
        summary: 'Delete a schedule (its job scheduler is removed; scans it started are kept)',
        params: ScheduleParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      await deps.store.transaction(async (tx) => {
        if (!(await tx.schedules.delete(request.params.id))) {
          throw new NotFoundError('schedule', request.params.id);
        }
        await auditHook(deps, request, 204)(tx, request.params.id);
        await deps.schedules.queue.remove(request.params.id);
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/schedules/:id/runs',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['schedules'],
        summary: 'Every time the schedule fired: started (with the scan), skipped (and why) or failed',
        params: ScheduleParams,
        querystring: ListScheduleRunsQuery,
        response: { 200: pageOf(ScheduleRunSchema, 'ScheduleRunPage'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const schedule = await deps.store.schedules.get(request.params.id);
      if (!schedule) throw new NotFoundError('schedule', request.params.id);
      const page = await deps.store.schedules.listRuns(schedule.id, request.query);
      return { items: page.items.map(scheduleRunView), nextCursor: page.nextCursor };
    },
  );
}
