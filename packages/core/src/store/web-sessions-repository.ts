import type { Queryable } from './database.js';

/** A browser session opened with an API key. The token itself is never stored, only its HMAC. */
export interface WebSessionRecord {
  readonly id: string;
  /** HMAC of the API key the session was opened with: the key is re-checked on every request. */
  readonly keyHash: string;
  readonly keyId: string;
  readonly keyPrefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date;
  readonly idleExpiresAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export interface NewWebSession {
  readonly id: string;
  readonly tokenHash: string;
  readonly keyHash: string;
  readonly keyId: string;
  readonly keyPrefix: string;
  readonly createdAt: Date;
  readonly idleExpiresAt: Date;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
  readonly remoteIp: string | null;
}

interface WebSessionRow {
  id: string;
  key_hash: string;
  key_id: string;
  key_prefix: string;
  created_at: Date;
  last_used_at: Date;
  idle_expires_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const COLUMNS =
  'id, key_hash, key_id, key_prefix, created_at, last_used_at, idle_expires_at, expires_at, revoked_at';

function toRecord(row: WebSessionRow): WebSessionRecord {
  return {
    id: row.id,
    keyHash: row.key_hash,
    keyId: row.key_id,
    keyPrefix: row.key_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    idleExpiresAt: row.idle_expires_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** How often a session's idle expiry is pushed forward (a write per request would be a write per read). */
const TOUCH_RESOLUTION_MS = 60_000;

/** Browser sessions of the dashboard: created at sign-in, checked on each request, revoked at logout. */
export class WebSessionsRepository {
  constructor(private readonly db: Queryable) {}

  async create(session: NewWebSession): Promise<WebSessionRecord> {
    const { rows } = await this.db.query<WebSessionRow>(
      `INSERT INTO web_sessions (id, token_hash, key_hash, key_id, key_prefix, created_at, last_used_at,
                                 idle_expires_at, expires_at, user_agent, remote_ip)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        session.id,
        session.tokenHash,
        session.keyHash,
        session.keyId,
        session.keyPrefix,
        session.createdAt,
        session.idleExpiresAt,
        session.expiresAt,
        session.userAgent,
        session.remoteIp,
      ],
    );
    return toRecord(rows[0]!);
  }

  /** The session with this token hash, if it exists (revoked or expired included: the caller decides). */
  async findByTokenHash(tokenHash: string): Promise<WebSessionRecord | null> {
    const { rows } = await this.db.query<WebSessionRow>(
      `SELECT ${COLUMNS} FROM web_sessions WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Records use and moves the idle expiry forward (never past the absolute expiry), at most once a minute. */
  async touch(session: WebSessionRecord, at: Date, idleMs: number): Promise<void> {
    if (at.getTime() - session.lastUsedAt.getTime() < TOUCH_RESOLUTION_MS) return;
    await this.db.query(
      `UPDATE web_sessions SET last_used_at = $2, idle_expires_at = LEAST($3, expires_at)
       WHERE id = $1 AND revoked_at IS NULL`,
      [session.id, at, new Date(at.getTime() + idleMs)],
    );
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE web_sessions SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1', [
      id,
      at,
    ]);
  }

  /** Ends every session opened with a key (the key was revoked); returns how many were open. */
  async revokeForKey(keyId: string, at: Date): Promise<number> {
    const result = await this.db.query(
      'UPDATE web_sessions SET revoked_at = $2 WHERE key_id = $1 AND revoked_at IS NULL',
      [keyId, at],
    );
    return result.rowCount ?? 0;
  }

  /** Deletes sessions past their absolute expiry (housekeeping at sign-in; they no longer work anyway). */
  async deleteExpired(before: Date): Promise<void> {
    await this.db.query('DELETE FROM web_sessions WHERE expires_at < $1', [before]);
  }
}
