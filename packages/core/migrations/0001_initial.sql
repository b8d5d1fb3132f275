-- Organizations the scanner knows; 'default' comes from configuration at start-up.
CREATE TABLE organizations (
  id                    text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name                  text NOT NULL,
  aws_organization_id   text,
  management_account_id text,
  management_role_arn   text,
  member_role_name      text NOT NULL,
  external_id           text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

-- Accounts as last enumerated (name, state, OU placement).
CREATE TABLE accounts (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  account_id      text NOT NULL CHECK (account_id ~ '^\d{12}$'),
  name            text NOT NULL,
  email           text,
  state           text NOT NULL,
  joined_at       timestamptz,
  ou_ids          text[] NOT NULL DEFAULT '{}',
  ou_path         text NOT NULL DEFAULT '',
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, account_id)
);

CREATE TABLE scans (
  id              uuid PRIMARY KEY,
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  status          text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'partial', 'failed', 'cancelled')),
  trigger         text NOT NULL CHECK (trigger IN ('api', 'schedule')),
  check_ids       text[] NOT NULL,
  regions         text[],
  account_count   integer NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz,
  totals          jsonb,
  coverage        jsonb
);
CREATE INDEX scans_recent ON scans (created_at DESC, id DESC);
CREATE INDEX scans_organization_recent ON scans (organization_id, created_at DESC, id DESC);

-- One row per account of a scan: its progress, its outcome and why.
CREATE TABLE scan_accounts (
  scan_id             uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  account_id          text NOT NULL,
  account_name        text NOT NULL,
  ou_path             text NOT NULL,
  ou_ids              text[] NOT NULL,
  role_arn            text NOT NULL,
  status              text NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled')),
  reason_category     text,
  reason_detail       text,
  regions_scanned     text[] NOT NULL DEFAULT '{}',
  regions_not_enabled text[] NOT NULL DEFAULT '{}',
  checks_evaluated    integer NOT NULL DEFAULT 0,
  findings_count      integer NOT NULL DEFAULT 0,
  error_count         integer NOT NULL DEFAULT 0,
  api_calls           integer NOT NULL DEFAULT 0,
  throttles           integer NOT NULL DEFAULT 0,
  attempts            integer NOT NULL DEFAULT 0,
  started_at          timestamptz,
  finished_at         timestamptz,
  PRIMARY KEY (scan_id, account_id)
);

-- Findings of each scan, written per account in one statement; the fingerprint identifies the same
-- (organization, account, region, check, resource) across scans.
CREATE TABLE findings (
  scan_id         uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  fingerprint     text NOT NULL,
  organization_id text NOT NULL,
  account_id      text NOT NULL,
  region          text NOT NULL,
  check_id        text NOT NULL,
  resource_id     text NOT NULL,
  resource_type   text NOT NULL,
  status          text NOT NULL CHECK (status IN ('PASS', 'FAIL', 'ERROR', 'SKIPPED', 'MANUAL')),
  severity        text NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'informational')),
  message         text NOT NULL,
  error_code      text,
  evidence        jsonb,
  PRIMARY KEY (scan_id, fingerprint)
);
CREATE INDEX findings_scan_order ON findings (scan_id, account_id, check_id, region, resource_id);
