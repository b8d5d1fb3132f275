import { readStoredValue, storedValue } from '../secrets/sealed-value.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type {
  JiraSettings,
  WebhookEvent,
  WebhookFilters,
  WebhookFormat,
  WebhookMode,
} from '../webhooks/webhook-types.js';
import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';

export interface WebhookRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  /** In clear here; stored sealed (a URL may embed a token) when SECRETS_ENCRYPTION_KEY is configured. */
  readonly url: string;
  readonly format: WebhookFormat;
  readonly mode: WebhookMode;
  readonly events: readonly WebhookEvent[];
  readonly filters: WebhookFilters;
  readonly jira: JiraSettings | null;
  /** Sealed by SecretBox (context: the webhook id); never leaves the api or the worker in clear. */
  readonly secretEncrypted: string;
  readonly enabled: boolean;
  /** Why orgscan disabled the endpoint itself (410 Gone), or null. */
  readonly disabledReason: string | null;
  /** The endpoint answered 429: nothing is sent before then. */
  readonly throttledUntil: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type NewWebhook = Omit<WebhookRecord, 'updatedAt' | 'disabledReason' | 'throttledUntil'>;
export type WebhookChanges = Partial<
  Pick<WebhookRecord, 'name' | 'url' | 'events' | 'filters' | 'jira' | 'secretEncrypted' | 'enabled'>
>;

interface WebhookRow {
  id: string;
  organization_id: string;
  name: string;
  url: string | null;
  url_sealed: string | null;
  format: WebhookFormat;
  mode: WebhookMode;
  events: WebhookEvent[];
  filters: WebhookFilters;
  jira: JiraSettings | null;
  secret_encrypted: string;
  enabled: boolean;
  disabled_reason: string | null;
  throttled_until: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Authenticated data of a sealed URL: a value copied onto another webhook does not open. */
const urlContext = (id: string) => `webhook:${id}:url`;

/** Webhook endpoints. URLs are sealed like the secrets when a key is configured, opened on reading. */
export class WebhooksRepository {
  constructor(
    private readonly db: Queryable,
    private readonly secrets: SecretBox | null,
  ) {}

  private toRecord(row: WebhookRow): WebhookRecord {
    return {
      id: row.id,
      organizationId: row.organization_id,
      name: row.name,
      url:
        readStoredValue(this.secrets, { clear: row.url, sealed: row.url_sealed }, urlContext(row.id)) ?? '',
      format: row.format,
      mode: row.mode,
      events: row.events,
      filters: row.filters,
      jira: row.jira,
      secretEncrypted: row.secret_encrypted,
      enabled: row.enabled,
      disabledReason: row.disabled_reason,
      throttledUntil: row.throttled_until,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async create(webhook: NewWebhook): Promise<void> {
    const url = storedValue(this.secrets, webhook.url, urlContext(webhook.id));
    await this.db.query(
      `INSERT INTO webhooks (id, organization_id, name, url, url_sealed, format, mode, events, filters, jira,
                             secret_encrypted, enabled, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $14, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
      [
        webhook.id,
        webhook.organizationId,
        webhook.name,
        url.clear,
        webhook.format,
        webhook.mode,
        webhook.events,
        JSON.stringify(webhook.filters),
        webhook.jira === null ? null : JSON.stringify(webhook.jira),
        webhook.secretEncrypted,
        webhook.enabled,
        webhook.createdBy,
        webhook.createdAt,
        url.sealed,
      ],
    );
  }

  async get(id: string): Promise<WebhookRecord | null> {
    const { rows } = await this.db.query<WebhookRow>('SELECT * FROM webhooks WHERE id = $1', [id]);
    return rows[0] ? this.toRecord(rows[0]) : null;
  }

  /** Oldest first; keyset pagination on (created_at, id). */
  async list(query: {
    readonly organizationId?: string | undefined;
    readonly limit: number;
    readonly cursor?: string | undefined;
  }): Promise<Page<WebhookRecord>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.organizationId) {
      params.push(query.organizationId);
      conditions.push(`organization_id = $${params.length}`);
    }
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      conditions.push(`(created_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<WebhookRow & { created_at_text: string }>(
      `SELECT *, ${cursorTimestamp('created_at')} AS created_at_text
       FROM webhooks ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY created_at, id LIMIT $${params.length}`,
      params,
    );
    return keysetPage(
      rows,
      query.limit,
      (row) => this.toRecord(row),
      (last) => [last.created_at_text, last.id],
    );
  }

  /** The enabled endpoints of an organization (fan-out). */
  async listEnabled(organizationId: string): Promise<WebhookRecord[]> {
    const { rows } = await this.db.query<WebhookRow>(
      'SELECT * FROM webhooks WHERE organization_id = $1 AND enabled ORDER BY created_at, id',
      [organizationId],
    );
    return rows.map((row) => this.toRecord(row));
  }

  async exists(): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM webhooks) AS found',
    );
    return rows[0]?.found ?? false;
  }

  /** Re-enabling clears what orgscan itself had recorded (410 Gone, a 429 pause). */
  async update(id: string, changes: WebhookChanges, at: Date): Promise<boolean> {
    const url =
      changes.url === undefined ? undefined : storedValue(this.secrets, changes.url, urlContext(id));
    const columns: Record<string, unknown> = {
      name: changes.name,
      url: url === undefined ? undefined : url.clear,
      url_sealed: url === undefined ? undefined : url.sealed,
      events: changes.events,
      filters: changes.filters === undefined ? undefined : JSON.stringify(changes.filters),
      jira:
        changes.jira === undefined ? undefined : changes.jira === null ? null : JSON.stringify(changes.jira),
      secret_encrypted: changes.secretEncrypted,
      enabled: changes.enabled,
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [column, value] of Object.entries(columns)) {
      // A changed URL sets both of its columns (one of them to NULL).
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    if (changes.enabled === true) sets.push('disabled_reason = NULL', 'throttled_until = NULL');
    params.push(at);
    sets.push(`updated_at = $${params.length}`);
    const result = await this.db.query(`UPDATE webhooks SET ${sets.join(', ')} WHERE id = $1`, params);
    return (result.rowCount ?? 0) > 0;
  }

  /** Seals the URLs stored in clear (by a version before sealing); returns how many webhooks changed. */
  async sealClear(): Promise<number> {
    if (!this.secrets) return 0;
    const { rows } = await this.db.query<{ id: string; url: string }>(
      'SELECT id, url FROM webhooks WHERE url IS NOT NULL',
    );
    let sealed = 0;
    for (const row of rows) {
      const result = await this.db.query(
        'UPDATE webhooks SET url_sealed = $2, url = NULL WHERE id = $1 AND url = $3',
        [row.id, this.secrets.seal(row.url, urlContext(row.id)), row.url],
      );
      sealed += result.rowCount ?? 0;
    }
    return sealed;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.query('DELETE FROM webhooks WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  /** The endpoint said it is gone (410): stop sending until someone re-enables it. */
  async disable(id: string, reason: string, at: Date): Promise<void> {
    await this.db.query(
      'UPDATE webhooks SET enabled = false, disabled_reason = $2, updated_at = $3 WHERE id = $1',
      [id, reason, at],
    );
  }

  /** The endpoint rate-limited us: every drain of it waits until `until`. */
  async throttle(id: string, until: Date): Promise<void> {
    await this.db.query(
      `UPDATE webhooks SET throttled_until = GREATEST(COALESCE(throttled_until, $2), $2) WHERE id = $1`,
      [id, until],
    );
  }
}
