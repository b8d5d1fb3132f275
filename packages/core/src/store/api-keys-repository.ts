import type { ApiRole } from '../auth/api-key.js';
import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';

export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly role: ApiRole;
  /** The first characters of the key, to recognise it; the key itself is never stored. */
  readonly keyPrefix: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface NewApiKey {
  readonly id: string;
  readonly name: string;
  readonly role: ApiRole;
  readonly keyPrefix: string;
  readonly keyHash: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
}

interface ApiKeyRow {
  id: string;
  name: string;
  role: ApiRole;
  key_prefix: string;
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toRecord(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    keyPrefix: row.key_prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Column list without key_hash: the hash never leaves this repository. */
const COLUMNS = 'id, name, role, key_prefix, created_by, created_at, expires_at, last_used_at, revoked_at';

/** How often last_used_at is written for a key in use (a write per request would be a write per read). */
const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiKeysRepository {
  constructor(private readonly db: Queryable) {}

  async create(key: NewApiKey): Promise<ApiKeyRecord> {
    const { rows } = await this.db.query<ApiKeyRow>(
      `INSERT INTO api_keys (id, name, role, key_prefix, key_hash, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [key.id, key.name, key.role, key.keyPrefix, key.keyHash, key.createdBy, key.createdAt, key.expiresAt],
    );
    return toRecord(rows[0]!);
  }

  /** The key with this hash, if it exists (revoked or expired keys included: the caller decides). */
  async findByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE key_hash = $1`, [
      keyHash,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Newest first, keyset on (created_at, id). */
  async list(query: {
    readonly limit: number;
    readonly cursor?: string | undefined;
  }): Promise<Page<ApiKeyRecord>> {
    const params: unknown[] = [];
    let condition = '';
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      condition = 'WHERE (created_at, id) < ($1::timestamptz, $2::uuid)';
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<ApiKeyRow & { created_at_text: string }>(
      `SELECT ${COLUMNS}, ${cursorTimestamp('created_at')} AS created_at_text
       FROM api_keys ${condition} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toRecord, (last) => [last.created_at_text, last.id]);
  }

  /** Revokes a key (kept for the audit trail); false when it does not exist. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const result = await this.db.query(
      'UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1',
      [id, at],
    );
    return (result.rowCount ?? 0) > 0;
  }

  /** Records use, at most once a minute per key. */
  async touch(key: ApiKeyRecord, at: Date): Promise<void> {
    if (key.lastUsedAt && at.getTime() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.db.query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1', [key.id, at]);
  }
}
