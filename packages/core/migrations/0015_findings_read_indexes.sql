-- GET /v1/findings at millions of posture rows: the check filters with a status or a region, read off an
-- index already in the listing order (severity, then fingerprint). finding_state_check (0006) filters status
-- or region on the way, which reads every finding of the check when few or none of them match (a global
-- check asked for eu-west-1: 0.44 s at 5M posture rows).
-- Several checks (a framework's requirements, a service) with a status: each check's first page is read off
-- its own range of finding_state_check_status and the pages are merged (PostureRepository.list).
-- Built in the migration's transaction (the migration runner has no CONCURRENTLY): about a minute per index
-- at 5M posture rows, during which finalize waits; see docs/operations.md.
CREATE INDEX finding_state_check_status
  ON finding_state (organization_id, check_id, status, severity_rank, fingerprint);
CREATE INDEX finding_state_check_region
  ON finding_state (organization_id, check_id, region, severity_rank, fingerprint);
