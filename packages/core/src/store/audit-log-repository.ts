import { decodeCursor, encodeCursor, type Page } from './cursor.js';
import type { Queryable } from './database.js';

export interface AuditEntry {
  readonly actorId: string;
  readonly actorName: string;
  readonly actorRole: string;
  /** How the actor authenticated: with the API key itself, or a browser session opened with it. */
  readonly via?: 'api-key' | 'session';
  /** e.g. `mute.create`, `scan.start`, `api-key.revoke`. */
  readonly action: string;
  readonly method: string;
  readonly path: string;
  readonly resourceId: string | null;
  readonly statusCode: number;
  readonly requestId: string;
  readonly remoteIp: string | null;
  /** What was asked, with secrets removed. */
  readonly details: Readonly<Record<string, unknown>> | null;
  readonly at: Date;
}

export interface AuditRecord extends AuditEntry {
  readonly id: number;
}

export interface AuditQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly actorId?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  via: 'api-key' | 'session';
  action: string;
  method: string;
  path: string;
  resource_id: string | null;
  status_code: number;
  request_id: string;
  remote_ip: string | null;
  details: Record<string, unknown> | null;
}

/** Append-only record of every mutation made through the API. */
export class AuditLogRepository {
  constructor(private readonly db: Queryable) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (at, actor_id, actor_name, actor_role, action, method, path, resource_id,
                              status_code, request_id, remote_ip, details, via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        entry.at,
        entry.actorId,
        entry.actorName,
        entry.actorRole,
        entry.action,
        entry.method,
        entry.path,
        entry.resourceId,
        entry.statusCode,
        entry.requestId,
        entry.remoteIp,
        entry.details === null ? null : JSON.stringify(entry.details),
        entry.via ?? 'api-key',
      ],
    );
  }

  /** Most recent first, keyset on id (ids grow with time). */
  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      conditions.push(condition.replace('?', `$${params.length}`));
    };
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.action) add('action = ?', query.action);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    if (query.cursor) add('id < ?', decodeCursor(query.cursor, ['integer'])[0]);
    params.push(query.limit + 1);
    const { rows } = await this.db.query<AuditRow>(
      `SELECT * FROM audit_log ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        actorRole: row.actor_role,
        via: row.via,
        action: row.action,
        method: row.method,
        path: row.path,
        resourceId: row.resource_id,
        statusCode: row.status_code,
        requestId: row.request_id,
        remoteIp: row.remote_ip,
        details: row.details,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor([Number(last.id)]) : null,
    };
  }
}
