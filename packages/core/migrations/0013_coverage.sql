-- Coverage: the share of an account's selected check × region cells that were judged (docs/architecture.md,
-- "Coverage"). Written with the account's result, so the scan's figure is a sum over its scan_accounts rows
-- at finalize, never a re-read of its findings. NULL: not known (the account did not finish a scan, or it
-- finished before this migration).
ALTER TABLE scan_accounts
  ADD COLUMN cells_total  integer CHECK (cells_total >= 0),
  ADD COLUMN cells_judged integer CHECK (cells_judged >= 0 AND cells_judged <= cells_total);

-- A scan in which every account ran but some cells could not be judged ends `incomplete`, not `completed`.
ALTER TABLE scans DROP CONSTRAINT scans_status_check;
ALTER TABLE scans ADD CONSTRAINT scans_status_check
  CHECK (status IN ('pending', 'running', 'completed', 'incomplete', 'partial', 'failed', 'cancelled'));
