import type { RedisClient } from '@orgscan/core';
import { createRedisConnection, SCHEDULE_QUEUE, ScheduleQueue, scheduleSchedulerId } from '@orgscan/core';
import { buildScheduleWorker } from '@orgscan/worker';
import { type Job, Queue, type Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import { quietConnectionErrors, testRedisUrl } from '../../support/test-redis.js';
import { waitFor } from '../../support/wait-for.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

let orgscan: InProcessOrgscan;
let schedulerView: Queue;
const connections: RedisClient[] = [];

async function call(path: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const response = await orgscan.fetch(path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Json };
}

const schedulerIds = async () =>
  (await schedulerView.getJobSchedulers(0, -1)).map((entry) => entry.key).sort();

beforeAll(async () => {
  orgscan = await startInProcessOrgscan();
  const connection = createRedisConnection(testRedisUrl(), 'worker');
  connections.push(connection);
  schedulerView = new Queue(SCHEDULE_QUEUE, { connection, prefix: orgscan.queuePrefix });
});
afterAll(async () => {
  await schedulerView?.close();
  await orgscan?.close();
  await Promise.all(connections.map((connection) => connection.quit()));
});

describe('schedule API', () => {
  it('validates cron expressions, time zones, scopes and fields, answering 400 with the reason', async () => {
    const invalid = [
      [{ name: 'x', cron: '61 * * * *' }, 'body.cron', /61.*0-59/],
      [{ name: 'x', cron: 'every day' }, 'body.cron', /5 fields/],
      [{ name: 'x', cron: '0 2 * * *', timezone: 'Mars/Olympus' }, 'body.timezone', /Mars\/Olympus/],
      [
        { name: 'x', cron: '0 2 * * *', scope: { checks: ['no-such-check-x'] } },
        'body.scope.checks',
        /unknown check/,
      ],
      [{ name: 'x', cron: '0 2 * * *', every: 'day' }, 'body.every', /not a known field/],
      [{ cron: '0 2 * * *' }, 'body.name', /required/],
    ] as const;
    for (const [body, field, reason] of invalid) {
      const { status, body: problem } = await call('/v1/schedules', { method: 'POST', body });
      expect(status, JSON.stringify(problem)).toBe(400);
      expect(problem.errors[0].field).toBe(field);
      expect(problem.errors[0].message).toMatch(reason);
    }
    expect(await schedulerIds()).toEqual([]);
  });

  it('creates, reads, disables, re-enables and deletes a schedule together with its job scheduler', async () => {
    const created = await call('/v1/schedules', {
      method: 'POST',
      body: { name: 'Nightly', cron: '0 2 * * *', timezone: 'Europe/Paris', scope: { services: ['iam'] } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const schedule = created.body;
    expect(schedule).toMatchObject({
      organizationId: 'default',
      cron: '0 2 * * *',
      timezone: 'Europe/Paris',
      scope: { services: ['iam'] },
      enabled: true,
      lastRun: null,
    });
    expect(schedule.nextRuns).toHaveLength(3);
    for (const run of schedule.nextRuns) {
      // 02:00 in Paris is 00:00 or 01:00 UTC depending on the season.
      expect(new Date(run).getUTCHours()).toBeLessThanOrEqual(1);
    }
    expect(await schedulerIds()).toEqual([scheduleSchedulerId(schedule.id)]);

    expect((await call(`/v1/schedules/${schedule.id}`)).body.id).toBe(schedule.id);
    expect((await call('/v1/schedules')).body.items.map((item: Json) => item.id)).toContain(schedule.id);

    const disabled = await call(`/v1/schedules/${schedule.id}`, {
      method: 'PATCH',
      body: { enabled: false },
    });
    expect(disabled.body).toMatchObject({ enabled: false, nextRuns: [] });
    expect(await schedulerIds()).toEqual([]);
    await call(`/v1/schedules/${schedule.id}`, {
      method: 'PATCH',
      body: { enabled: true, cron: '30 3 * * 1' },
    });
    expect(await schedulerIds()).toEqual([scheduleSchedulerId(schedule.id)]);

    expect((await call(`/v1/schedules/${schedule.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/v1/schedules/${schedule.id}`)).status).toBe(404);
    expect(await schedulerIds()).toEqual([]);
  });

  it('is for admins only', async () => {
    const operator = await orgscan.createApiKey('operator');
    expect((await call('/v1/schedules', { key: operator })).status).toBe(403);
    expect(
      (await call('/v1/schedules', { method: 'POST', key: operator, body: { name: 'x', cron: '0 2 * * *' } }))
        .status,
    ).toBe(403);
  });

  it('keeps one job scheduler per schedule across restarts, and drops schedulers of deleted schedules', async () => {
    const { body: schedule } = await call('/v1/schedules', {
      method: 'POST',
      body: { name: 'Weekly', cron: '0 4 * * 0' },
    });
    // A restart re-creates the job schedulers from the database, as many times as processes start.
    const restarted = new ScheduleQueue({
      connection: connections[0] as RedisClient,
      prefix: orgscan.queuePrefix,
      onError: quietConnectionErrors().listener('test'),
    });
    await restarted.upsert({
      id: 'aaaaaaaa-0000-4000-8000-000000000000',
      cron: '0 0 * * *',
      timezone: 'UTC',
    });
    for (let start = 0; start < 3; start += 1) {
      await restarted.reconcile(await orgscan.database.store.schedules.listEnabled());
    }
    expect(await schedulerIds()).toEqual([scheduleSchedulerId(schedule.id)]);
    await call(`/v1/schedules/${schedule.id}`, { method: 'DELETE' });
  });
});

describe('scheduled scans', () => {
  const blockerId = 'bbbbbbbb-0000-4000-8000-000000000001';
  let scheduleId: string;
  const processed: Array<{ worker: string; jobId: string; outcome: string }> = [];
  let secondWorker: Worker;

  it('fire once per tick with two api replicas and two workers, and skip while a scan is running', async () => {
    // The organization's previous scan is still running.
    await orgscan.database.store.scans.create({
      id: blockerId,
      organizationId: 'default',
      trigger: 'api',
      checkIds: ['iam-root-mfa-enabled'],
      regions: null,
      accountCount: 0,
      createdAt: new Date(),
      orgContext: null,
    });
    await orgscan.database.store.scans.markRunning(blockerId, new Date());

    const secondConnection = createRedisConnection(testRedisUrl(), 'worker');
    connections.push(secondConnection);
    secondWorker = buildScheduleWorker({
      ...orgscan.scheduledScanDeps,
      connection: secondConnection,
      prefix: orgscan.queuePrefix,
    });
    const track = (name: string) => (job: Job, outcome: string) =>
      processed.push({ worker: name, jobId: String(job.id), outcome });
    orgscan.scheduleWorker?.on('completed', track('first'));
    secondWorker.on('completed', track('second'));

    const { status, body } = await call('/v1/schedules', {
      method: 'POST',
      body: { name: 'Every second', cron: '* * * * * *', scope: { checks: ['iam-root-mfa-enabled'] } },
    });
    expect(status, JSON.stringify(body)).toBe(201);
    scheduleId = body.id;
    // A second api replica upserts the same schedule.
    const replica = new ScheduleQueue({
      connection: secondConnection,
      prefix: orgscan.queuePrefix,
      onError: quietConnectionErrors().listener('test'),
    });
    await replica.upsert({ id: scheduleId, cron: '* * * * * *', timezone: 'UTC' });

    const runs = await waitFor(
      'four skipped runs',
      async () => {
        const page = await orgscan.database.store.schedules.listRuns(scheduleId, { limit: 100 });
        return page.items.filter((run) => run.outcome === 'skipped').length >= 4 ? page.items : undefined;
      },
      { timeoutMs: 20_000 },
    );
    const skipped = runs.filter((run) => run.outcome === 'skipped');
    for (const run of skipped) {
      expect(run.reason).toBe(`scan ${blockerId} of the organization is still running`);
      expect(run.scanId).toBeNull();
      expect(run.firedAt.getUTCMilliseconds()).toBe(0);
    }
    expect(new Set(runs.map((run) => run.firedAt.getTime())).size).toBe(runs.length);
    // No scan piled up behind the running one.
    const scans = await orgscan.database.store.scans.list({ limit: 50, organizationId: 'default' });
    expect(scans.items.map((scan) => scan.id)).toEqual([blockerId]);
  });

  it('starts a scan with the schedule scope once the previous scan has finished', async () => {
    await orgscan.database.pool.query(
      `UPDATE scans SET status = 'completed', finished_at = now() WHERE id = $1`,
      [blockerId],
    );
    const started = await waitFor(
      'a started run',
      async () => {
        const page = await orgscan.database.store.schedules.listRuns(scheduleId, { limit: 100 });
        return page.items.find((run) => run.outcome === 'started');
      },
      { timeoutMs: 20_000 },
    );
    // Stop the schedule before looking closer: its scans must not pile up either.
    await call(`/v1/schedules/${scheduleId}`, { method: 'PATCH', body: { enabled: false } });
    const scan = await orgscan.database.store.scans.get(started.scanId as string);
    expect(scan).toMatchObject({
      trigger: 'schedule',
      organizationId: 'default',
      checkIds: ['iam-root-mfa-enabled'],
    });
    const { body } = await call(`/v1/schedules/${scheduleId}/runs?limit=500`);
    expect(body.items.find((run: Json) => run.id === started.id)).toMatchObject({
      outcome: 'started',
      scanId: started.scanId,
    });
    // Every other tick while that scan ran was skipped, naming it; at most one scan runs at a time.
    const scans = (await orgscan.database.store.scans.list({ limit: 100, organizationId: 'default' })).items;
    const unfinished = scans.filter((entry) => entry.status === 'pending' || entry.status === 'running');
    expect(unfinished.length).toBeLessThanOrEqual(1);
    await waitFor('the scheduled scan to finish', async () => {
      const current = await orgscan.database.store.scans.get(started.scanId as string);
      return current && !['pending', 'running'].includes(current.status) ? true : undefined;
    });
  });

  it('processed each tick exactly once across both workers', async () => {
    await secondWorker.close();
    // A tick already queued when the schedule was disabled is ignored (and records nothing).
    const ticks = processed.filter(
      (entry) =>
        entry.jobId.startsWith(`repeat:${scheduleSchedulerId(scheduleId)}:`) && entry.outcome !== 'ignored',
    );
    expect(ticks.length).toBeGreaterThan(4);
    expect(new Set(ticks.map((entry) => entry.jobId)).size).toBe(ticks.length);
    const runs = await orgscan.database.store.schedules.listRuns(scheduleId, { limit: 500 });
    expect(runs.items.length).toBe(ticks.length);
    expect(runs.items.every((run) => run.outcome !== 'pending')).toBe(true);
  });
});
