-- Migrations 0003 and 0005 were edited after they landed, and 0006 was replaced; a database created before
-- those edits has the earlier schema. The migrator accepts their earlier checksums only together with this
-- migration, which brings such a database to the schema the current files create. Every statement is
-- idempotent: on a database created from the current files it changes nothing.

-- 0003 (first version): history indexes that the current 0003 no longer creates.
DROP INDEX IF EXISTS findings_fingerprint;
DROP INDEX IF EXISTS finding_changes_fingerprint;

-- 0003 (first version): when each finding was last seen lived in finding_state; it moved to the narrow
-- finding_sightings table (kept, not lost).
CREATE TABLE IF NOT EXISTS finding_sightings (
  organization_id text NOT NULL,
  fingerprint     text NOT NULL,
  last_seen       timestamptz NOT NULL,
  last_scan_id    uuid NOT NULL,
  PRIMARY KEY (organization_id, fingerprint)
) WITH (fillfactor = 50);
DO $$
BEGIN
  -- The catalog of this table only (not information_schema, which reads every schema's relations and
  -- fails when another schema is dropped meanwhile).
  IF EXISTS (SELECT 1 FROM pg_attribute
             WHERE attrelid = 'finding_state'::regclass AND attname = 'last_seen' AND NOT attisdropped) THEN
    INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
      SELECT organization_id, fingerprint, last_seen, last_scan_id FROM finding_state
      ON CONFLICT (organization_id, fingerprint) DO NOTHING;
    ALTER TABLE finding_state DROP COLUMN last_seen, DROP COLUMN last_scan_id;
  END IF;
END
$$;
ALTER TABLE finding_state SET (fillfactor = 70);

-- 0003 (first version): the per-account and per-check rollups. Created empty here; the migrator rebuilds
-- every organization's rollups from finding_state in the same transaction (they need the check registry).
CREATE TABLE IF NOT EXISTS posture_accounts (
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
CREATE TABLE IF NOT EXISTS posture_checks (
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
CREATE TABLE IF NOT EXISTS posture_compliance (
  organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  framework_id    text NOT NULL,
  account_id      text NOT NULL,
  statuses        jsonb NOT NULL,
  PRIMARY KEY (organization_id, framework_id, account_id)
);

-- 0005 (first version): retry rounds.
ALTER TABLE scans ADD COLUMN IF NOT EXISTS round integer NOT NULL DEFAULT 0;

-- 0006 (replaced): a second trigram index on resource_id, a duplicate of the one 0003 creates.
DROP INDEX IF EXISTS finding_state_resource_trgm;

-- 0006 (current, never applied where the replaced 0006 was): the listing order of a check.
DO $$
BEGIN
  IF coalesce(pg_get_indexdef(to_regclass('finding_state_check')), '')
       NOT LIKE '%(organization_id, check_id, severity_rank, fingerprint)' THEN
    DROP INDEX IF EXISTS finding_state_check;
    CREATE INDEX finding_state_check ON finding_state (organization_id, check_id, severity_rank, fingerprint);
  END IF;
END
$$;
