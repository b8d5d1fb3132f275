-- The web dashboard: browser sessions, how each audit entry was authenticated, the posture after each scan
-- (the overview's trend and its change since the previous final scan), and a rollup per framework section
-- (the overview's heatmap).

-- A browser session, opened by exchanging an API key (POST /v1/sessions). Only an HMAC of the session token
-- is stored; the browser holds the token in an HttpOnly cookie. The session acts with the key's role, and
-- the key is checked again on every request through key_hash: revoking or expiring the key ends its
-- sessions. idle_expires_at moves forward with use; expires_at (absolute) never does.
CREATE TABLE web_sessions (
  id              uuid PRIMARY KEY,
  token_hash      text NOT NULL UNIQUE,
  key_hash        text NOT NULL,
  key_id          text NOT NULL,
  key_prefix      text NOT NULL,
  created_at      timestamptz NOT NULL,
  last_used_at    timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  revoked_at      timestamptz,
  user_agent      text,
  remote_ip       text
);
CREATE INDEX web_sessions_key ON web_sessions (key_id) WHERE revoked_at IS NULL;
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- api-key: the request carried the key itself; session: a browser session opened with that key.
ALTER TABLE audit_log
  ADD COLUMN via text NOT NULL DEFAULT 'api-key' CHECK (via IN ('api-key', 'session'));

-- The organization's posture right after each scan was folded into it (the sums of the rollups then):
-- one small row per final scan, so a trend over the last scans is a read of a few rows.
CREATE TABLE posture_snapshots (
  organization_id    text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  scan_id            uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  scan_created_at    timestamptz NOT NULL,
  taken_at           timestamptz NOT NULL,
  accounts           integer NOT NULL,
  pass               integer NOT NULL,
  fail               integer NOT NULL,
  muted              integer NOT NULL,
  error              integer NOT NULL,
  skipped            integer NOT NULL,
  manual             integer NOT NULL,
  failed_by_severity integer[] NOT NULL,
  PRIMARY KEY (organization_id, scan_id)
);
CREATE INDEX posture_snapshots_recent ON posture_snapshots (organization_id, scan_created_at DESC, scan_id DESC);

-- The current posture per account and framework section (a section's checks summed), rebuilt with the other
-- rollups: the heatmap of accounts × sections reads these rows (accounts × sections) instead of grouping
-- the account × check rollup on every request.
CREATE TABLE posture_account_sections (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  framework_id    text NOT NULL,
  section         text NOT NULL,
  account_id      text NOT NULL,
  pass            integer NOT NULL,
  fail            integer NOT NULL,
  muted           integer NOT NULL,
  error           integer NOT NULL,
  skipped         integer NOT NULL,
  manual          integer NOT NULL,
  PRIMARY KEY (organization_id, framework_id, section, account_id)
);
