import type { CheckSelection } from '../checks/select-checks.js';
import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';

/** What a scheduled scan covers: the same selection as POST /v1/scans. */
export interface ScheduleScope extends CheckSelection {
  readonly regions?: readonly string[] | undefined;
}

export interface ScheduleRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  /** null: every check, every region. */
  readonly scope: ScheduleScope | null;
  readonly enabled: boolean;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly lastRun: ScheduleRunRecord | null;
}

export type NewSchedule = Omit<ScheduleRecord, 'updatedAt' | 'lastRun'>;
export type ScheduleChanges = Partial<
  Pick<ScheduleRecord, 'name' | 'cron' | 'timezone' | 'scope' | 'enabled'>
>;

export const SCHEDULE_RUN_OUTCOMES = ['pending', 'started', 'skipped', 'failed'] as const;
export type ScheduleRunOutcome = (typeof SCHEDULE_RUN_OUTCOMES)[number];

export interface ScheduleRunRecord {
  readonly id: string;
  readonly scheduleId: string;
  /** The tick this run belongs to (the scheduler's fire time, not when a worker took it). */
  readonly firedAt: Date;
  /** pending: being started (or its worker died: a rerun of the tick settles it). */
  readonly outcome: ScheduleRunOutcome;
  readonly scanId: string | null;
  readonly reason: string | null;
  readonly recordedAt: Date;
}

interface ScheduleRow {
  id: string;
  organization_id: string;
  name: string;
  cron: string;
  timezone: string;
  scope: ScheduleScope | null;
  enabled: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  last_run: RunJson | null;
}

interface RunRow {
  id: string;
  schedule_id: string;
  fired_at: Date;
  outcome: ScheduleRunOutcome;
  scan_id: string | null;
  reason: string | null;
  recorded_at: Date;
}

type RunJson = Omit<RunRow, 'fired_at' | 'recorded_at'> & { fired_at: string; recorded_at: string };

const toRun = (row: RunRow | RunJson): ScheduleRunRecord => ({
  id: row.id,
  scheduleId: row.schedule_id,
  firedAt: new Date(row.fired_at),
  outcome: row.outcome,
  scanId: row.scan_id,
  reason: row.reason,
  recordedAt: new Date(row.recorded_at),
});

const toSchedule = (row: ScheduleRow): ScheduleRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  cron: row.cron,
  timezone: row.timezone,
  scope: row.scope,
  enabled: row.enabled,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  lastRun: row.last_run ? toRun(row.last_run) : null,
});

const SELECT_SCHEDULE = `
  SELECT s.*, ${cursorTimestamp('s.created_at')} AS created_at_text,
         (SELECT row_to_json(r) FROM schedule_runs r WHERE r.schedule_id = s.id
          ORDER BY r.fired_at DESC, r.id DESC LIMIT 1) AS last_run
  FROM schedules s`;

/** Scan schedules and the record of every time one fired. */
export class SchedulesRepository {
  constructor(private readonly db: Queryable) {}

  async create(schedule: NewSchedule): Promise<void> {
    await this.db.query(
      `INSERT INTO schedules (id, organization_id, name, cron, timezone, scope, enabled, created_by, created_at,
                              updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [
        schedule.id,
        schedule.organizationId,
        schedule.name,
        schedule.cron,
        schedule.timezone,
        schedule.scope === null ? null : JSON.stringify(schedule.scope),
        schedule.enabled,
        schedule.createdBy,
        schedule.createdAt,
      ],
    );
  }

  async get(id: string): Promise<ScheduleRecord | null> {
    const { rows } = await this.db.query<ScheduleRow>(`${SELECT_SCHEDULE} WHERE s.id = $1`, [id]);
    return rows[0] ? toSchedule(rows[0]) : null;
  }

  /** Oldest first; keyset pagination on (created_at, id). */
  async list(query: {
    readonly organizationId?: string | undefined;
    readonly limit: number;
    readonly cursor?: string | undefined;
  }): Promise<Page<ScheduleRecord>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.organizationId) {
      params.push(query.organizationId);
      conditions.push(`s.organization_id = $${params.length}`);
    }
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      conditions.push(`(s.created_at, s.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<ScheduleRow & { created_at_text: string }>(
      `${SELECT_SCHEDULE} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY s.created_at, s.id LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toSchedule, (last) => [last.created_at_text, last.id]);
  }

  /** Every enabled schedule, for reconciling the job schedulers at start-up. */
  async listEnabled(): Promise<ScheduleRecord[]> {
    const { rows } = await this.db.query<ScheduleRow>(
      `${SELECT_SCHEDULE} WHERE s.enabled ORDER BY s.created_at`,
    );
    return rows.map(toSchedule);
  }

  async update(id: string, changes: ScheduleChanges, at: Date): Promise<boolean> {
    const columns: Record<string, unknown> = {
      name: changes.name,
      cron: changes.cron,
      timezone: changes.timezone,
      scope:
        changes.scope === undefined
          ? undefined
          : changes.scope === null
            ? null
            : JSON.stringify(changes.scope),
      enabled: changes.enabled,
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [column, value] of Object.entries(columns)) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    params.push(at);
    sets.push(`updated_at = $${params.length}`);
    const result = await this.db.query(`UPDATE schedules SET ${sets.join(', ')} WHERE id = $1`, params);
    return (result.rowCount ?? 0) > 0;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.query('DELETE FROM schedules WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Claims the run of one tick: inserted as pending with the scan id it will use, or the existing run when
   * the tick was claimed before (the job ran twice).
   */
  async claimRun(run: {
    readonly id: string;
    readonly scheduleId: string;
    readonly firedAt: Date;
    readonly scanId: string;
    readonly at: Date;
  }): Promise<{ readonly run: ScheduleRunRecord; readonly claimed: boolean }> {
    const inserted = await this.db.query<RunRow>(
      `INSERT INTO schedule_runs (id, schedule_id, fired_at, outcome, scan_id, recorded_at)
       VALUES ($1, $2, $3, 'pending', $4, $5)
       ON CONFLICT (schedule_id, fired_at) DO NOTHING RETURNING *`,
      [run.id, run.scheduleId, run.firedAt, run.scanId, run.at],
    );
    if (inserted.rows[0]) return { run: toRun(inserted.rows[0]), claimed: true };
    const { rows } = await this.db.query<RunRow>(
      'SELECT * FROM schedule_runs WHERE schedule_id = $1 AND fired_at = $2',
      [run.scheduleId, run.firedAt],
    );
    return { run: toRun(rows[0] as RunRow), claimed: false };
  }

  async getRun(runId: string): Promise<ScheduleRunRecord | null> {
    const { rows } = await this.db.query<RunRow>('SELECT * FROM schedule_runs WHERE id = $1', [runId]);
    return rows[0] ? toRun(rows[0]) : null;
  }

  async settleRun(
    runId: string,
    outcome: Exclude<ScheduleRunOutcome, 'pending'>,
    scanId: string | null,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    await this.db.query(
      'UPDATE schedule_runs SET outcome = $2, scan_id = $3, reason = $4, recorded_at = $5 WHERE id = $1',
      [runId, outcome, scanId, reason, at],
    );
  }

  /** Most recent first. */
  async listRuns(
    scheduleId: string,
    query: { readonly limit: number; readonly cursor?: string | undefined },
  ): Promise<Page<ScheduleRunRecord>> {
    const params: unknown[] = [scheduleId];
    let condition = '';
    if (query.cursor) {
      const [firedAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(firedAt, id);
      condition = 'AND (fired_at, id) < ($2::timestamptz, $3::uuid)';
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<RunRow & { fired_at_text: string }>(
      `SELECT *, ${cursorTimestamp('fired_at')} AS fired_at_text
       FROM schedule_runs WHERE schedule_id = $1 ${condition}
       ORDER BY fired_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toRun, (last) => [last.fired_at_text, last.id]);
  }

  /** The organization's scan that has not finished yet (pending or running), if any. */
  async unfinishedScanOf(organizationId: string): Promise<{ id: string; status: string } | null> {
    const { rows } = await this.db.query<{ id: string; status: string }>(
      `SELECT id, status FROM scans WHERE organization_id = $1 AND status IN ('pending', 'running')
       ORDER BY created_at DESC LIMIT 1`,
      [organizationId],
    );
    return rows[0] ?? null;
  }
}
