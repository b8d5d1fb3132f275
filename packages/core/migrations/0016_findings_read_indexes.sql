-- GET /v1/findings with several checks (a framework's requirements, a service) and a status: each check's
-- first page is read off its own range of this index, already in the listing order (severity, then
-- fingerprint), and the pages are merged (PostureRepository.list). finding_state_check (0006) serves a check
-- without a status or with a region; with a status it filters on the way, which costs the whole check when
-- few of its findings have that status. A single check with a status is served by this index too.
-- Built in the migration's transaction (the migration runner has no CONCURRENTLY): at 5M posture rows it
-- takes about a minute, during which finalize waits; see docs/operations.md.
CREATE INDEX finding_state_check_status
  ON finding_state (organization_id, check_id, status, severity_rank, fingerprint);
