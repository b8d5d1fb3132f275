import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import { applyMutes } from './mute-application.js';
import { escapeLike } from './posture-filter.js';
import { rebuildPostureRollups } from './posture-rollups.js';

/** Which findings a mute covers: every field that is set must match (at least one is set). */
export interface MuteScope {
  readonly accountId: string | null;
  /** Accounts anywhere under this OU (nested OUs included). */
  readonly ouId: string | null;
  readonly region: string | null;
  readonly checkId: string | null;
  /** Glob over the resource id: `*` any run of characters, `?` one character. */
  readonly resourcePattern: string | null;
}

export interface MuteRecord extends MuteScope {
  readonly id: string;
  readonly organizationId: string;
  readonly reason: string;
  readonly owner: string;
  readonly expiresAt: Date | null;
  /** Set by the first finalize after expiresAt: from then on the mute covers nothing. */
  readonly lapsedAt: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Current findings this mute covers. */
  readonly findingsMuted: number;
}

export interface NewMute extends MuteScope {
  readonly id: string;
  readonly organizationId: string;
  readonly reason: string;
  readonly owner: string;
  readonly expiresAt: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export type MuteChanges = Partial<MuteScope & { reason: string; owner: string; expiresAt: Date | null }>;

interface MuteRow {
  id: string;
  organization_id: string;
  account_id: string | null;
  ou_id: string | null;
  region: string | null;
  check_id: string | null;
  resource_pattern: string | null;
  reason: string;
  owner: string;
  expires_at: Date | null;
  lapsed_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  findings_muted: string;
}

function toRecord(row: MuteRow): MuteRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    accountId: row.account_id,
    ouId: row.ou_id,
    region: row.region,
    checkId: row.check_id,
    resourcePattern: row.resource_pattern,
    reason: row.reason,
    owner: row.owner,
    expiresAt: row.expires_at,
    lapsedAt: row.lapsed_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    findingsMuted: Number(row.findings_muted),
  };
}

/** A resource glob as a LIKE pattern: literal `%`, `_` and `\` escaped, then `*` → `%` and `?` → `_`. */
export function globToLike(glob: string): string {
  return escapeLike(glob).replace(/\*/g, '%').replace(/\?/g, '_');
}

const SELECT_MUTE = `SELECT m.*, (SELECT count(*) FROM finding_state s
  WHERE s.organization_id = m.organization_id AND s.mute_id = m.id AND s.present) AS findings_muted FROM mutes m`;

const COLUMN_OF: Record<keyof MuteChanges, string> = {
  accountId: 'account_id',
  ouId: 'ou_id',
  region: 'region',
  checkId: 'check_id',
  resourcePattern: 'resource_pattern',
  reason: 'reason',
  owner: 'owner',
  expiresAt: 'expires_at',
};

/**
 * Accepted risks. Every change re-applies the organization's mutes to its current findings and rebuilds the
 * rollups, in the caller's transaction, so summaries and compliance reflect it at once. Expiry is applied
 * by the next finalize (the findings are then reported reopened).
 */
export class MutesRepository {
  constructor(private readonly db: Queryable) {}

  async create(mute: NewMute): Promise<void> {
    await this.db.query(
      `INSERT INTO mutes (id, organization_id, account_id, ou_id, region, check_id, resource_pattern,
                          resource_like, reason, owner, expires_at, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
      [
        mute.id,
        mute.organizationId,
        mute.accountId,
        mute.ouId,
        mute.region,
        mute.checkId,
        mute.resourcePattern,
        mute.resourcePattern === null ? null : globToLike(mute.resourcePattern),
        mute.reason,
        mute.owner,
        mute.expiresAt,
        mute.createdBy,
        mute.createdAt,
      ],
    );
    await this.reapply(mute.organizationId);
  }

  async get(id: string): Promise<MuteRecord | null> {
    const { rows } = await this.db.query<MuteRow>(`${SELECT_MUTE} WHERE m.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Oldest first (the order in which mutes win), keyset on (created_at, id). */
  async list(query: {
    readonly organizationId?: string | undefined;
    readonly active?: boolean | undefined;
    readonly limit: number;
    readonly cursor?: string | undefined;
  }): Promise<Page<MuteRecord>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (query.organizationId) {
      params.push(query.organizationId);
      conditions.push(`m.organization_id = $${params.length}`);
    }
    if (query.active !== undefined)
      conditions.push(query.active ? 'm.lapsed_at IS NULL' : 'm.lapsed_at IS NOT NULL');
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      conditions.push(`(m.created_at, m.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<MuteRow & { created_at_text: string }>(
      `SELECT q.*, ${cursorTimestamp('q.created_at')} AS created_at_text
       FROM (${SELECT_MUTE} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}) q
       ORDER BY q.created_at, q.id LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toRecord, (last) => [last.created_at_text, last.id]);
  }

  /** Applies the given changes; returns false when the mute does not exist. */
  async update(id: string, changes: MuteChanges, at: Date): Promise<boolean> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, value] of Object.entries(changes) as [keyof MuteChanges, unknown][]) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${COLUMN_OF[key]} = $${params.length}`);
      if (key === 'resourcePattern') {
        params.push(value === null ? null : globToLike(value as string));
        sets.push(`resource_like = $${params.length}`);
      }
      // A new expiry in the future gives a lapsed mute its effect back.
      if (key === 'expiresAt') sets.push('lapsed_at = NULL');
    }
    params.push(at);
    sets.push(`updated_at = $${params.length}`);
    const { rows } = await this.db.query<{ organization_id: string }>(
      `UPDATE mutes SET ${sets.join(', ')} WHERE id = $1 RETURNING organization_id`,
      params,
    );
    if (!rows[0]) return false;
    await this.reapply(rows[0].organization_id);
    return true;
  }

  async delete(id: string): Promise<boolean> {
    const { rows } = await this.db.query<{ organization_id: string }>(
      'DELETE FROM mutes WHERE id = $1 RETURNING organization_id',
      [id],
    );
    if (!rows[0]) return false;
    await this.reapply(rows[0].organization_id);
    return true;
  }

  private async reapply(organizationId: string): Promise<void> {
    if ((await applyMutes(this.db, organizationId, null)) > 0) {
      await rebuildPostureRollups(this.db, organizationId);
    }
  }
}
