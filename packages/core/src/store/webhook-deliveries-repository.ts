import type { Severity } from '@orgscan/checks';
import {
  type DeliveryEventType,
  DIGEST_PART_SIZE,
  type TicketRef,
  type WebhookEvent,
} from '../webhooks/webhook-types.js';
import { decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import type { FindingChange } from './finding-lifecycle.js';
import type { WebhookRecord } from './webhooks-repository.js';

export const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttempt {
  readonly at: string;
  readonly durationMs: number;
  /** The endpoint's answer; null when there was none (refused, timed out, destination not allowed). */
  readonly statusCode: number | null;
  readonly error: string | null;
}

export interface DeliveryRecord {
  readonly id: string;
  readonly webhookId: string;
  readonly eventType: DeliveryEventType;
  readonly eventKey: string;
  readonly scanId: string | null;
  readonly fingerprint: string | null;
  /** Digest parts: the fingerprints this part carries, its number and how many parts the scan has. */
  readonly fingerprints: readonly string[] | null;
  readonly part: number | null;
  readonly parts: number | null;
  readonly status: DeliveryStatus;
  readonly attemptCount: number;
  /** Attempts since the delivery was created or last redelivered: the position in the retry schedule. */
  readonly roundAttempts: number;
  readonly nextAttemptAt: Date;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly attempts: readonly DeliveryAttempt[];
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
  readonly deadAt: Date | null;
}

/** One attempt of a delivery and what follows it. */
export interface AttemptOutcome {
  readonly id: string;
  readonly attempt: DeliveryAttempt;
  readonly next:
    | { readonly status: 'succeeded' }
    | { readonly status: 'pending'; readonly at: Date }
    | { readonly status: 'dead' };
}

/** A finding event as it is sent: the scan's lifecycle change of one fingerprint. */
export interface FindingEventData {
  readonly type: Exclude<WebhookEvent, 'scan.completed'>;
  readonly change: FindingChange;
  readonly fingerprint: string;
  readonly organizationId: string;
  readonly scanId: string;
  readonly accountId: string;
  readonly accountName: string | null;
  readonly ouPath: string | null;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly severity: Severity;
  /** The status in this scan; null: the resource is gone. */
  readonly status: string | null;
  readonly previousStatus: string | null;
  readonly message: string | null;
  readonly muted: boolean;
}

/** A finished scan as events describe it. */
export interface ScanEventData {
  readonly id: string;
  readonly organizationId: string;
  readonly status: string;
  /** Why a failed scan failed (e.g. Organizations could not be read); null otherwise. */
  readonly failureReason: string | null;
  readonly trigger: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly totals: unknown;
  readonly coverage: unknown;
  /** new / resolved / regressed / reopened / unchanged counts (null: the posture was not updated by it). */
  readonly changes: unknown;
}

/** A delivery a drain has claimed, with what its payload is built from. */
export interface ClaimedDelivery extends DeliveryRecord {
  readonly finding: FindingEventData | null;
  readonly ticketRefs: readonly TicketRef[];
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_type: DeliveryEventType;
  event_key: string;
  scan_id: string | null;
  fingerprint: string | null;
  fingerprints: string[] | null;
  part: number | null;
  parts: number | null;
  status: DeliveryStatus;
  attempt_count: number;
  round_attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  attempts: DeliveryAttempt[];
  created_at: Date;
  delivered_at: Date | null;
  dead_at: Date | null;
  seq: string;
}

interface EventRow {
  change: FindingChange;
  event_fingerprint: string;
  event_organization_id: string;
  event_scan_id: string;
  account_id: string;
  account_name: string | null;
  ou_path: string | null;
  region: string;
  check_id: string;
  resource_id: string;
  resource_type: string;
  severity: Severity;
  finding_status: string | null;
  previous_status: string | null;
  message: string | null;
  muted: boolean;
}

const toDelivery = (row: DeliveryRow): DeliveryRecord => ({
  id: row.id,
  webhookId: row.webhook_id,
  eventType: row.event_type,
  eventKey: row.event_key,
  scanId: row.scan_id,
  fingerprint: row.fingerprint,
  fingerprints: row.fingerprints,
  part: row.part,
  parts: row.parts,
  status: row.status,
  attemptCount: row.attempt_count,
  roundAttempts: row.round_attempts,
  nextAttemptAt: row.next_attempt_at,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  attempts: row.attempts,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
  deadAt: row.dead_at,
});

export function findingEventType(change: FindingChange): FindingEventData['type'] {
  if (change === 'resolved') return 'finding.resolved';
  if (change === 'reopened') return 'finding.reopened';
  return 'finding.opened';
}

const toEvent = (row: EventRow): FindingEventData => ({
  type: findingEventType(row.change),
  change: row.change,
  fingerprint: row.event_fingerprint,
  organizationId: row.event_organization_id,
  scanId: row.event_scan_id,
  accountId: row.account_id,
  accountName: row.account_name,
  ouPath: row.ou_path,
  region: row.region,
  checkId: row.check_id,
  resourceId: row.resource_id,
  resourceType: row.resource_type,
  severity: row.severity,
  status: row.finding_status,
  previousStatus: row.previous_status,
  message: row.message,
  muted: row.muted,
});

/** SQL: the finding event type of a finding_changes row `c`. */
const EVENT_TYPE_SQL = `CASE c.change WHEN 'resolved' THEN 'finding.resolved' WHEN 'reopened' THEN 'finding.reopened'
                        ELSE 'finding.opened' END`;

/**
 * SQL: the columns of a finding event, from finding_changes `c`, findings `f` and accounts `a` (names that
 * could clash with a delivery's own columns are prefixed).
 */
const EVENT_COLUMNS_SQL = `c.change, c.fingerprint AS event_fingerprint, c.organization_id AS event_organization_id,
  c.scan_id AS event_scan_id, c.account_id, a.name AS account_name,
  a.ou_path, c.region, c.check_id, c.resource_id, c.resource_type, c.severity, c.status AS finding_status,
  c.previous_status, f.message, c.muted`;

/**
 * The finding changes of a scan a webhook wants: subscribed event types, filters (severity, check, account,
 * OU with nested OUs), and no "opened" for a muted finding (an accepted risk opens no ticket). $1 scan,
 * $2 events, $3 severities, $4 checks, $5 accounts, $6 OUs (null: no filter).
 */
const MATCHING_CHANGES_SQL = `
  SELECT c.fingerprint, ${EVENT_TYPE_SQL} AS event_type
  FROM finding_changes c
  LEFT JOIN accounts a ON a.organization_id = c.organization_id AND a.account_id = c.account_id
  WHERE c.scan_id = $1
    AND ${EVENT_TYPE_SQL} = ANY ($2::text[])
    AND NOT (c.muted AND c.change IN ('new', 'regressed'))
    AND ($3::text[] IS NULL OR c.severity = ANY ($3::text[]))
    AND ($4::text[] IS NULL OR c.check_id = ANY ($4::text[]))
    AND ($5::text[] IS NULL OR c.account_id = ANY ($5::text[]))
    AND ($6::text[] IS NULL OR a.ou_ids && $6::text[])`;

const orNull = (values: readonly string[] | undefined) => (values && values.length > 0 ? values : null);

/**
 * Webhook deliveries: the outbox between a finalized scan and the endpoints. Created set-based at fan-out
 * (one statement per webhook, whatever the number of findings), claimed one at a time by the drains of
 * their webhook, and kept with every attempt for GET /v1/webhooks/:id/deliveries.
 */
export class WebhookDeliveriesRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Creates the deliveries of a finalized scan for one webhook: scan.completed, and the finding events as
   * one delivery each (per-finding) or in digest parts. Idempotent: (webhook, event key) is unique, so a
   * fan-out that runs twice adds nothing. Returns how many deliveries were created.
   */
  async fanOutScan(webhook: WebhookRecord, scanId: string, at: Date): Promise<number> {
    let created = 0;
    if (webhook.events.includes('scan.completed')) {
      const result = await this.db.query(
        `INSERT INTO webhook_deliveries (id, webhook_id, event_type, event_key, scan_id, status, next_attempt_at,
                                         created_at)
         VALUES (gen_random_uuid(), $1, 'scan.completed', $2, $3, 'pending', $4, $4)
         ON CONFLICT (webhook_id, event_key) DO NOTHING`,
        [webhook.id, `scan.completed:${scanId}`, scanId, at],
      );
      created += result.rowCount ?? 0;
    }
    const findingEvents = webhook.events.filter((event) => event !== 'scan.completed');
    if (findingEvents.length === 0) return created;
    const { filters } = webhook;
    const params = [
      scanId,
      findingEvents,
      orNull(filters.severities),
      orNull(filters.checkIds),
      orNull(filters.accountIds),
      orNull(filters.ouIds),
      webhook.id,
      at,
    ];
    const result =
      webhook.mode === 'per-finding'
        ? await this.db.query(
            `INSERT INTO webhook_deliveries (id, webhook_id, event_type, event_key, scan_id, fingerprint, status,
                                             next_attempt_at, created_at)
             SELECT gen_random_uuid(), $7, m.event_type, m.event_type || ':' || $1 || ':' || m.fingerprint, $1,
                    m.fingerprint, 'pending', $8, $8
             FROM (${MATCHING_CHANGES_SQL}) m
             ORDER BY m.fingerprint
             ON CONFLICT (webhook_id, event_key) DO NOTHING`,
            params,
          )
        : await this.db.query(
            `WITH numbered AS (
               SELECT m.fingerprint, (row_number() OVER (ORDER BY m.fingerprint) - 1) / ${DIGEST_PART_SIZE} AS part
               FROM (${MATCHING_CHANGES_SQL}) m
             ),
             parts AS (
               SELECT part, array_agg(fingerprint ORDER BY fingerprint) AS fingerprints FROM numbered GROUP BY part
             )
             INSERT INTO webhook_deliveries (id, webhook_id, event_type, event_key, scan_id, fingerprints, part, parts,
                                             status, next_attempt_at, created_at)
             SELECT gen_random_uuid(), $7, 'findings.digest', 'findings.digest:' || $1 || ':' || (part + 1), $1,
                    fingerprints, part + 1, (SELECT count(*) FROM parts), 'pending', $8, $8
             FROM parts ORDER BY part
             ON CONFLICT (webhook_id, event_key) DO NOTHING`,
            params,
          );
    return created + (result.rowCount ?? 0);
  }

  /** A ping (POST /v1/webhooks/:id/test). */
  async createTest(id: string, webhookId: string, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, event_type, event_key, status, next_attempt_at, created_at)
       VALUES ($1, $2, 'webhook.test', $3, 'pending', $4, $4)`,
      [id, webhookId, `webhook.test:${id}`, at],
    );
  }

  /**
   * Claims up to `limit` due deliveries of a webhook for `leaseMs` (a drain that dies lets them go when the
   * lease ends), oldest first: pending and due, or delivering with an expired lease; not while the webhook
   * is disabled or throttled; and not while an earlier delivery of the same finding is unfinished, so a
   * ticket is opened before it is resolved. SKIP LOCKED lets the webhook's other drains claim the next
   * ones meanwhile. One statement claims the batch and reads what the payloads are built from.
   */
  async claimDue(webhookId: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const { rows } = await this.db.query<
      DeliveryRow & Partial<EventRow> & { ticket_refs: TicketRef[] | null }
    >(
      `WITH next AS (
         SELECT d.id FROM webhook_deliveries d
         JOIN webhooks w ON w.id = d.webhook_id
         WHERE d.webhook_id = $1 AND w.enabled AND (w.throttled_until IS NULL OR w.throttled_until <= $2)
           AND d.next_attempt_at <= $2
           AND (d.status = 'pending' OR (d.status = 'delivering' AND d.lease_until < $2))
           AND (d.fingerprint IS NULL OR NOT EXISTS (
                 SELECT 1 FROM webhook_deliveries e
                 WHERE e.webhook_id = d.webhook_id AND e.fingerprint = d.fingerprint AND e.seq < d.seq
                   AND e.status IN ('pending', 'delivering')))
         ORDER BY d.next_attempt_at, d.seq
         LIMIT $4
         FOR UPDATE OF d SKIP LOCKED
       ),
       claimed AS (
         UPDATE webhook_deliveries d
         SET status = 'delivering', lease_until = $2::timestamptz + make_interval(secs => $3::double precision / 1000),
             attempt_count = d.attempt_count + 1, round_attempts = d.round_attempts + 1
         FROM next WHERE d.id = next.id
         RETURNING d.*
       )
       SELECT k.*, ${EVENT_COLUMNS_SQL.replace('f.message', 'NULL::text AS message')}, s.ticket_refs
       FROM claimed k
       JOIN webhooks w ON w.id = k.webhook_id
       LEFT JOIN finding_changes c ON c.scan_id = k.scan_id AND c.fingerprint = k.fingerprint
       LEFT JOIN accounts a ON a.organization_id = w.organization_id AND a.account_id = c.account_id
       LEFT JOIN finding_state s ON s.organization_id = w.organization_id AND s.fingerprint = k.fingerprint
       ORDER BY k.next_attempt_at, k.seq`,
      [webhookId, now, leaseMs, limit],
    );
    const messages = await this.findingMessages(
      rows.flatMap((row) =>
        row.scan_id && row.fingerprint ? [[row.scan_id, row.fingerprint] as const] : [],
      ),
    );
    return rows.map((row) => ({
      ...toDelivery(row),
      finding: row.change
        ? toEvent({
            ...(row as unknown as EventRow),
            message: messages.get(`${row.scan_id}/${row.fingerprint}`) ?? null,
          })
        : null,
      ticketRefs: row.ticket_refs ?? [],
    }));
  }

  /**
   * The messages of findings by (scan, fingerprint). A separate statement whose scan ids are values, not a
   * join: findings has one partition per scan, and a join on a column would make the planner consider
   * every partition at each claim, while values prune to the claimed deliveries' scans before planning.
   * Each key is looked up on its own through the partition's primary key (the LIMIT keeps the subquery a
   * per-key index probe): joined as sets, a fresh partition without statistics was read whole at every
   * claim, 0.1-0.3 s each, which held 50,000 deliveries to a few hundred a second.
   */
  private async findingMessages(keys: readonly (readonly [string, string])[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const { rows } = await this.db.query<{ scan_id: string; fingerprint: string; message: string }>(
      `SELECT k.scan_id, k.fingerprint, m.message
       FROM unnest($2::uuid[], $3::text[]) AS k(scan_id, fingerprint)
       CROSS JOIN LATERAL (
         SELECT f.message FROM findings f
         WHERE f.scan_id = ANY ($1::uuid[]) AND f.scan_id = k.scan_id AND f.fingerprint = k.fingerprint
         LIMIT 1
       ) m`,
      [
        [...new Set(keys.map(([scanId]) => scanId))],
        keys.map(([scanId]) => scanId),
        keys.map(([, fp]) => fp),
      ],
    );
    return new Map(rows.map((row) => [`${row.scan_id}/${row.fingerprint}`, row.message]));
  }

  /** Claimed deliveries a drain gives back unsent (shutdown, endpoint paused): pending, due as they were. */
  async release(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE webhook_deliveries
       SET status = 'pending', lease_until = NULL, attempt_count = attempt_count - 1,
           round_attempts = round_attempts - 1
       WHERE id = ANY ($1::uuid[]) AND status = 'delivering'`,
      [ids],
    );
  }

  /** The finding events a digest part carries, in fingerprint order. */
  async digestEvents(scanId: string, fingerprints: readonly string[]): Promise<FindingEventData[]> {
    const { rows } = await this.db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS_SQL}
       FROM finding_changes c
       LEFT JOIN findings f ON f.scan_id = c.scan_id AND f.fingerprint = c.fingerprint
       LEFT JOIN accounts a ON a.organization_id = c.organization_id AND a.account_id = c.account_id
       WHERE c.scan_id = $1 AND c.fingerprint = ANY ($2::text[])
       ORDER BY c.fingerprint`,
      [scanId, fingerprints],
    );
    return rows.map(toEvent);
  }

  /**
   * Records attempts and what follows each: succeeded, pending again at `next.at` (a retry), or dead
   * (dead-lettered: only a redelivery sends it again). One statement for a drain's batch: recording is one
   * commit per batch, not one per request.
   */
  async recordAttempts(outcomes: readonly AttemptOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.db.query(
      `UPDATE webhook_deliveries d SET
         attempts = d.attempts || jsonb_build_array(r.attempt),
         last_status_code = (r.attempt->>'statusCode')::integer,
         last_error = r.attempt->>'error',
         status = r.status,
         lease_until = NULL,
         next_attempt_at = COALESCE(r.next_at, d.next_attempt_at),
         delivered_at = CASE WHEN r.status = 'succeeded' THEN (r.attempt->>'at')::timestamptz END,
         dead_at = CASE WHEN r.status = 'dead' THEN (r.attempt->>'at')::timestamptz END
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, attempt jsonb, status text, next_at timestamptz)
       WHERE d.id = r.id`,
      [
        JSON.stringify(
          outcomes.map((outcome) => ({
            id: outcome.id,
            attempt: outcome.attempt,
            status: outcome.next.status,
            next_at: outcome.next.status === 'pending' ? outcome.next.at.toISOString() : null,
          })),
        ),
      ],
    );
  }

  /** The scan as scan.completed and digests describe it: status, totals, coverage and what changed. */
  async scanEvent(scanId: string): Promise<ScanEventData | null> {
    const { rows } = await this.db.query<{
      id: string;
      organization_id: string;
      status: string;
      failure_reason: string | null;
      trigger: string;
      created_at: Date;
      started_at: Date | null;
      finished_at: Date | null;
      totals: unknown;
      coverage: unknown;
      changes: unknown;
    }>(
      `SELECT id, organization_id, status, failure_reason, trigger, created_at, started_at, finished_at, totals,
              coverage, changes
       FROM scans WHERE id = $1`,
      [scanId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      organizationId: row.organization_id,
      status: row.status,
      failureReason: row.failure_reason,
      trigger: row.trigger,
      createdAt: row.created_at.toISOString(),
      startedAt: row.started_at ? row.started_at.toISOString() : null,
      finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
      totals: row.totals,
      coverage: row.coverage,
      changes: row.changes,
    };
  }

  /** Keeps the ticket a webhook opened for a finding in finding_state.ticket_refs (one per webhook). */
  async saveTicketRef(fingerprint: string, ref: TicketRef): Promise<void> {
    await this.db.query(
      `UPDATE finding_state s
       SET ticket_refs = (SELECT COALESCE(jsonb_agg(r), '[]'::jsonb) FROM jsonb_array_elements(s.ticket_refs) r
                          WHERE r->>'webhookId' IS DISTINCT FROM $2::text) || jsonb_build_array($3::jsonb)
       FROM webhooks w
       WHERE w.id = $2::uuid AND s.organization_id = w.organization_id AND s.fingerprint = $1`,
      [fingerprint, ref.webhookId, JSON.stringify(ref)],
    );
  }

  async get(webhookId: string, id: string): Promise<DeliveryRecord | null> {
    const { rows } = await this.db.query<DeliveryRow>(
      'SELECT * FROM webhook_deliveries WHERE webhook_id = $1 AND id = $2',
      [webhookId, id],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** Newest first; keyset pagination on seq. */
  async list(
    webhookId: string,
    query: {
      readonly limit: number;
      readonly cursor?: string | undefined;
      readonly status?: DeliveryStatus | undefined;
    },
  ): Promise<Page<DeliveryRecord>> {
    const params: unknown[] = [webhookId];
    const conditions = ['webhook_id = $1'];
    if (query.status) {
      params.push(query.status);
      conditions.push(`status = $${params.length}`);
    }
    if (query.cursor) {
      const [seq] = decodeCursor(query.cursor, ['integerText']);
      params.push(seq);
      conditions.push(`seq < $${params.length}::bigint`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<DeliveryRow>(
      `SELECT * FROM webhook_deliveries WHERE ${conditions.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toDelivery, (last) => [String(last.seq)]);
  }

  /** A dead (or delivered) delivery goes back to pending with a fresh retry schedule; same webhook-id. */
  async redeliver(webhookId: string, id: string, at: Date): Promise<DeliveryRecord | null> {
    const { rows } = await this.db.query<DeliveryRow>(
      `UPDATE webhook_deliveries
       SET status = 'pending', round_attempts = 0, next_attempt_at = $3, dead_at = NULL, lease_until = NULL
       WHERE webhook_id = $1 AND id = $2 AND status IN ('dead', 'succeeded')
       RETURNING *`,
      [webhookId, id, at],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** Webhooks with a delivery due now (the sweep wakes their drains). */
  async webhooksWithDueDeliveries(now: Date): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT w.id FROM webhooks w
       WHERE w.enabled AND (w.throttled_until IS NULL OR w.throttled_until <= $1)
         AND EXISTS (SELECT 1 FROM webhook_deliveries d
                     WHERE d.webhook_id = w.id AND d.next_attempt_at <= $1
                       AND (d.status = 'pending' OR (d.status = 'delivering' AND d.lease_until < $1)))`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  /** Delivery counts of a webhook by status. */
  async countByStatus(webhookId: string): Promise<Record<DeliveryStatus, number>> {
    const { rows } = await this.db.query<{ status: DeliveryStatus; count: string }>(
      'SELECT status, count(*) AS count FROM webhook_deliveries WHERE webhook_id = $1 GROUP BY status',
      [webhookId],
    );
    const counts = { pending: 0, delivering: 0, succeeded: 0, dead: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }
}
