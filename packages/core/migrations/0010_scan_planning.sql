-- POST /v1/scans answers before AWS is called: a worker job plans the scan (enumerates the organization,
-- records its accounts, collects the management account's context) and then enqueues the account jobs.
-- planned_at: when that happened (NULL: the scan is still being planned, its accounts are not known yet).
-- failure_reason: why a scan ended before any account ran (planning failed: Organizations unreadable).
ALTER TABLE scans
  ADD COLUMN planned_at     timestamptz,
  ADD COLUMN failure_reason text;
-- Scans recorded before this migration were planned when they were created.
UPDATE scans SET planned_at = created_at;
