-- GET /v1/findings?resource=<text> is a case-insensitive substring match (ILIKE '%text%'), which no
-- b-tree can serve: on a large posture a rare term made Postgres walk the whole severity order (p95 1.1 s
-- at 430k findings). A trigram index answers it directly.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the database owner may create it
-- (RDS, Aurora and Cloud SQL allow it too). Where it cannot be created, orgscan still works and the search
-- stays a scan: the migration says so with a NOTICE instead of failing. The extension may already live in
-- another schema; the operator class is looked up wherever it is.
DO $$
DECLARE
  trgm_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
  EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE NOTICE 'pg_trgm unavailable (%): resource text search will not be indexed', SQLERRM;
  END;
  SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
  IF trgm_schema IS NOT NULL THEN
    EXECUTE format(
      'CREATE INDEX finding_state_resource_trgm ON finding_state USING gin (resource_id %I.gin_trgm_ops)',
      trgm_schema);
  END IF;
END
$$;
