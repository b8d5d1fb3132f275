-- The security team's API: finding lifecycle and current posture, mutes, rollups for summaries and
-- compliance, API keys and the audit log, and the scope settings of each organization.

-- Trigram index support for the resource text filter of GET /v1/findings. Installed in public so every
-- schema (one per test file) shares the one extension; pg_trgm is a trusted extension since PostgreSQL 13.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- What a scan of the organization covers, and the management role's own ExternalId.
ALTER TABLE organizations
  ADD COLUMN management_external_id text,
  ADD COLUMN region_allow_list      text[],
  ADD COLUMN ou_include             text[] NOT NULL DEFAULT '{}',
  ADD COLUMN ou_exclude             text[] NOT NULL DEFAULT '{}',
  ADD COLUMN account_tag_filters    jsonb  NOT NULL DEFAULT '[]';

-- posture_applied_at: the scan's findings were folded into finding_state (once, in scan order).
-- changes: how many findings of the scan were new / resolved / regressed / reopened / unchanged.
ALTER TABLE scans
  ADD COLUMN posture_applied_at timestamptz,
  ADD COLUMN changes            jsonb;
CREATE INDEX scans_posture_applied ON scans (organization_id, created_at DESC, id DESC)
  WHERE posture_applied_at IS NOT NULL;

-- The mute that covered a finding when its scan was finalized (per-scan summaries and compliance).
ALTER TABLE findings ADD COLUMN mute_id uuid;
-- The last scan of each account.
CREATE INDEX scan_accounts_account ON scan_accounts (account_id);

-- Accepted risks. Every set scope field must match (account, OU incl. nested, region, check, resource glob).
-- lapsed_at: set by the first finalize after expires_at; from then on the mute no longer applies.
CREATE TABLE mutes (
  id               uuid PRIMARY KEY,
  organization_id  text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  account_id       text,
  ou_id            text,
  region           text,
  check_id         text,
  resource_pattern text,
  resource_like    text,
  reason           text NOT NULL,
  owner            text NOT NULL,
  expires_at       timestamptz,
  lapsed_at        timestamptz,
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (account_id IS NOT NULL OR ou_id IS NOT NULL OR region IS NOT NULL OR check_id IS NOT NULL
         OR resource_pattern IS NOT NULL)
);
CREATE INDEX mutes_organization ON mutes (organization_id, created_at, id);

-- Current posture: one row per fingerprint of an organization, updated at every finalize.
-- open: the latest decisive observation (FAIL, PASS, or the resource gone) was FAIL.
-- present: false once the resource disappeared from a scan that evaluated its account + region + check.
-- A finalize rewrites a row only when what was observed changed (status, message, evidence…), with room
-- left on each page so a changed message alone is a HOT update; when each finding was last seen, which
-- changes for every finding at every scan, lives in finding_sightings. No
-- foreign key (its check would run for every inserted row): OrganizationsRepository.delete removes rows.
CREATE TABLE finding_state (
  organization_id   text NOT NULL,
  fingerprint       text NOT NULL,
  account_id        text NOT NULL,
  region            text NOT NULL,
  check_id          text NOT NULL,
  resource_id       text NOT NULL,
  resource_type     text NOT NULL,
  status            text NOT NULL,
  severity          text NOT NULL,
  severity_rank     smallint NOT NULL,
  message           text NOT NULL,
  error_code        text,
  evidence          jsonb,
  open              boolean NOT NULL,
  present           boolean NOT NULL DEFAULT true,
  first_seen        timestamptz NOT NULL,
  status_changed_at timestamptz NOT NULL,
  first_failed_at   timestamptz,
  resolved_at       timestamptz,
  first_scan_id     uuid NOT NULL,
  muted             boolean NOT NULL DEFAULT false,
  mute_id           uuid,
  ticket_refs       jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (organization_id, fingerprint)
) WITH (fillfactor = 70);
-- When each finding was last observed: the one thing every finalize rewrites for every observed finding,
-- kept narrow (no index but the key, room on each page) so those updates are small and HOT.
CREATE TABLE finding_sightings (
  organization_id text NOT NULL,
  fingerprint     text NOT NULL,
  last_seen       timestamptz NOT NULL,
  last_scan_id    uuid NOT NULL,
  PRIMARY KEY (organization_id, fingerprint)
) WITH (fillfactor = 50);
-- Keyset orders of GET /v1/findings and its common filters.
CREATE INDEX finding_state_severity ON finding_state (organization_id, severity_rank, fingerprint);
CREATE INDEX finding_state_status ON finding_state (organization_id, status, severity_rank, fingerprint);
CREATE INDEX finding_state_account ON finding_state (organization_id, account_id, check_id);
CREATE INDEX finding_state_check ON finding_state (organization_id, check_id, status, severity_rank, fingerprint);
CREATE INDEX finding_state_changed ON finding_state (organization_id, status_changed_at, fingerprint);
CREATE INDEX finding_state_first_seen ON finding_state (organization_id, first_seen, fingerprint);
CREATE INDEX finding_state_muted ON finding_state (organization_id, fingerprint) WHERE muted;
CREATE INDEX finding_state_resource ON finding_state USING gin (resource_id public.gin_trgm_ops);

-- Lifecycle classification of each scan (unchanged findings are not stored: they are counted in
-- scans.changes). status NULL: the resource was gone in that scan.
CREATE TABLE finding_changes (
  scan_id         uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  fingerprint     text NOT NULL,
  organization_id text NOT NULL,
  change          text NOT NULL CHECK (change IN ('new', 'resolved', 'regressed', 'reopened')),
  previous_status text,
  status          text,
  account_id      text NOT NULL,
  region          text NOT NULL,
  check_id        text NOT NULL,
  resource_id     text NOT NULL,
  resource_type   text NOT NULL,
  severity        text NOT NULL,
  muted           boolean NOT NULL DEFAULT false,
  PRIMARY KEY (scan_id, fingerprint)
);

-- Rollups of the current posture, rebuilt at finalize and when mutes change: summaries, accounts and
-- compliance read these (thousands of rows) instead of the millions of finding_state rows.
-- fail: FAIL not muted; muted: FAIL covered by a mute.
CREATE TABLE posture_account_checks (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  account_id      text NOT NULL,
  check_id        text NOT NULL,
  severity_rank   smallint NOT NULL,
  pass            integer NOT NULL,
  fail            integer NOT NULL,
  muted           integer NOT NULL,
  error           integer NOT NULL,
  skipped         integer NOT NULL,
  manual          integer NOT NULL,
  PRIMARY KEY (organization_id, account_id, check_id)
);
-- The same per account (failures also by severity, critical first) and per check: what /v1/summary and
-- /v1/accounts read.
CREATE TABLE posture_accounts (
  organization_id    text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  account_id         text NOT NULL,
  pass               integer NOT NULL,
  fail               integer NOT NULL,
  muted              integer NOT NULL,
  error              integer NOT NULL,
  skipped            integer NOT NULL,
  manual             integer NOT NULL,
  failed_by_severity integer[] NOT NULL,
  PRIMARY KEY (organization_id, account_id)
);
CREATE TABLE posture_checks (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  check_id        text NOT NULL,
  severity_rank   smallint NOT NULL,
  pass            integer NOT NULL,
  fail            integer NOT NULL,
  muted           integer NOT NULL,
  error           integer NOT NULL,
  skipped         integer NOT NULL,
  manual          integer NOT NULL,
  PRIMARY KEY (organization_id, check_id)
);
-- Requirement status per account and framework (requirement id → FAIL | ERROR | NOT_EVALUATED | MANUAL |
-- PASS, for requirements with checks), so /v1/compliance reads one row per account.
CREATE TABLE posture_compliance (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  framework_id    text NOT NULL,
  account_id      text NOT NULL,
  statuses        jsonb NOT NULL,
  PRIMARY KEY (organization_id, framework_id, account_id)
);
CREATE TABLE posture_regions (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  region          text NOT NULL,
  pass            integer NOT NULL,
  fail            integer NOT NULL,
  muted           integer NOT NULL,
  error           integer NOT NULL,
  skipped         integer NOT NULL,
  manual          integer NOT NULL,
  PRIMARY KEY (organization_id, region)
);

-- API keys: only an HMAC-SHA256 of the key is stored; key_prefix identifies a key in lists and logs.
CREATE TABLE api_keys (
  id           uuid PRIMARY KEY,
  name         text NOT NULL,
  role         text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
  key_prefix   text NOT NULL,
  key_hash     text NOT NULL UNIQUE,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

-- Every mutation made through the API, by whom, with what outcome.
CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    text NOT NULL,
  actor_name  text NOT NULL,
  actor_role  text NOT NULL,
  action      text NOT NULL,
  method      text NOT NULL,
  path        text NOT NULL,
  resource_id text,
  status_code integer NOT NULL,
  request_id  text NOT NULL,
  remote_ip   text,
  details     jsonb
);
CREATE INDEX audit_log_recent ON audit_log (at DESC, id DESC);
