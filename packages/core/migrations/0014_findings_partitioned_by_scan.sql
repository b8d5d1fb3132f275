-- Findings of each scan in a partition of their own (LIST by scan_id), so a scan's findings are dropped as
-- one table when they expire (FINDINGS_RETENTION_SCANS) instead of being deleted row by row: no dead rows,
-- no vacuum debt, no long lock on the table the workers write. Every query of findings names its scan, so
-- each reads one partition.
--
-- The partition is created when its scan is inserted (trigger below) and attached with ATTACH PARTITION,
-- which takes only a SHARE UPDATE EXCLUSIVE lock on findings: reads and the workers' writes go on.
-- findings keeps no foreign key to scans: cloning one onto each new partition would lock scans against
-- every write while a scan is created (and deadlock two scans created at once). A deleted scan drops its
-- partition instead (trigger below), which is what ON DELETE CASCADE did.

-- When a scan's findings were dropped by the retention rule (its summary, accounts and lifecycle changes stay).
ALTER TABLE scans ADD COLUMN findings_expired_at timestamptz;

ALTER TABLE findings RENAME TO findings_unpartitioned;
ALTER TABLE findings_unpartitioned RENAME CONSTRAINT findings_pkey TO findings_unpartitioned_pkey;
ALTER INDEX findings_scan_order RENAME TO findings_unpartitioned_scan_order;

-- Same columns in the same order (mute_id of 0003 included), defaults and CHECK constraints.
CREATE TABLE findings (LIKE findings_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY LIST (scan_id);
ALTER TABLE findings ADD PRIMARY KEY (scan_id, fingerprint);
CREATE INDEX findings_scan_order ON findings (scan_id, account_id, check_id, region, resource_id);

-- The partition holding a scan's findings: findings_ and the scan id without dashes.
CREATE FUNCTION findings_partition_name(scan uuid) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT 'findings_' || replace(scan::text, '-', '') $$;

-- Creates the (empty) partition of a scan in the schema of the findings table given.
CREATE FUNCTION create_findings_partition(findings_schema text, scan uuid) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  partition text := findings_partition_name(scan);
BEGIN
  EXECUTE format('CREATE TABLE %I.%I (LIKE %I.findings INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', findings_schema, partition,
                 findings_schema);
  EXECUTE format('ALTER TABLE %I.findings ATTACH PARTITION %I.%I FOR VALUES IN (%L)', findings_schema,
                 findings_schema, partition, scan);
END $$;

CREATE FUNCTION scans_create_findings_partition() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM create_findings_partition(TG_TABLE_SCHEMA, NEW.id);
  RETURN NULL;
END $$;

CREATE FUNCTION scans_drop_findings_partition() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TABLE IF EXISTS %I.%I', TG_TABLE_SCHEMA, findings_partition_name(OLD.id));
  RETURN NULL;
END $$;

-- Every scan already stored gets its partition (running scans too: their accounts write after this).
SELECT create_findings_partition(current_schema(), id) FROM scans;
INSERT INTO findings SELECT * FROM findings_unpartitioned;
DROP TABLE findings_unpartitioned;

CREATE TRIGGER scans_findings_partition AFTER INSERT ON scans
  FOR EACH ROW EXECUTE FUNCTION scans_create_findings_partition();
CREATE TRIGGER scans_findings_partition_drop AFTER DELETE ON scans
  FOR EACH ROW EXECUTE FUNCTION scans_drop_findings_partition();
