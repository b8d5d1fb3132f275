-- Scheduled scans and ticketing webhooks.

-- A cron schedule of an organization's scans. Each enabled schedule is a BullMQ job scheduler with the id
-- `schedule-<id>`; the row is the source of truth (workers re-create missing job schedulers at start).
-- scope: the same selection as POST /v1/scans (checks, frameworks, services, regions); NULL: everything.
CREATE TABLE schedules (
  id              uuid PRIMARY KEY,
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  name            text NOT NULL,
  cron            text NOT NULL,
  timezone        text NOT NULL,
  scope           jsonb,
  enabled         boolean NOT NULL DEFAULT true,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX schedules_organization ON schedules (organization_id, created_at, id);

-- Every time a schedule fired, and what came of it. (schedule_id, fired_at) is unique: a job that runs twice
-- (stalled worker) or two workers racing for one tick record one run. scan_id is chosen before the scan is
-- started, so a rerun after a crash can tell whether its scan was created.
CREATE TABLE schedule_runs (
  id          uuid PRIMARY KEY,
  schedule_id uuid NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
  fired_at    timestamptz NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('pending', 'started', 'skipped', 'failed')),
  scan_id     uuid,
  reason      text,
  recorded_at timestamptz NOT NULL,
  UNIQUE (schedule_id, fired_at)
);
CREATE INDEX schedule_runs_recent ON schedule_runs (schedule_id, fired_at DESC, id DESC);

-- Endpoints that receive events. Secrets are stored encrypted (AES-256-GCM, SECRETS_ENCRYPTION_KEY): the
-- signing secret of generic endpoints, the routing key of PagerDuty, the API token of Jira.
-- throttled_until: the endpoint answered 429; no delivery is attempted before then.
CREATE TABLE webhooks (
  id                   uuid PRIMARY KEY,
  organization_id      text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  name                 text NOT NULL,
  url                  text NOT NULL,
  format               text NOT NULL CHECK (format IN ('generic', 'pagerduty', 'jira')),
  mode                 text NOT NULL CHECK (mode IN ('per-finding', 'digest')),
  events               text[] NOT NULL,
  filters              jsonb NOT NULL DEFAULT '{}',
  jira                 jsonb,
  secret_encrypted     text NOT NULL,
  enabled              boolean NOT NULL DEFAULT true,
  disabled_reason      text,
  throttled_until      timestamptz,
  created_by           text NOT NULL,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
);
CREATE INDEX webhooks_organization ON webhooks (organization_id, created_at, id);

-- One event for one endpoint, delivered at least once until it succeeds or is dead-lettered.
-- event_key is unique per webhook (event, scan, fingerprint or digest part): fanning a scan out twice adds
-- nothing. seq orders deliveries of one fingerprint (an opened ticket before its resolution).
-- attempts: [{at, durationMs, statusCode, error}] of every try, newest last.
CREATE TABLE webhook_deliveries (
  id               uuid PRIMARY KEY,
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  webhook_id       uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  event_type       text NOT NULL,
  event_key        text NOT NULL,
  scan_id          uuid,
  fingerprint      text,
  fingerprints     text[],
  part             integer,
  parts            integer,
  status           text NOT NULL CHECK (status IN ('pending', 'delivering', 'succeeded', 'dead')),
  attempt_count    integer NOT NULL DEFAULT 0,
  round_attempts   integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  lease_until      timestamptz,
  last_status_code integer,
  last_error       text,
  attempts         jsonb NOT NULL DEFAULT '[]',
  created_at       timestamptz NOT NULL,
  delivered_at     timestamptz,
  dead_at          timestamptz,
  UNIQUE (webhook_id, event_key)
);
-- What a drain claims next: due deliveries of one webhook, oldest first.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (webhook_id, next_attempt_at, seq)
  WHERE status IN ('pending', 'delivering');
-- Per-fingerprint order: an earlier unfinished delivery of the same finding holds the later ones back.
CREATE INDEX webhook_deliveries_fingerprint ON webhook_deliveries (webhook_id, fingerprint, seq)
  WHERE fingerprint IS NOT NULL AND status IN ('pending', 'delivering');
-- GET /v1/webhooks/:id/deliveries, newest first.
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries (webhook_id, seq DESC);
