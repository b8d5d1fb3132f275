-- How many times the most repeated identical AWS request of an account was asked for (1 = none repeated),
-- and how long the account job spent: benchmarks and operators read these.
ALTER TABLE scan_accounts ADD COLUMN max_same_request integer NOT NULL DEFAULT 0;
ALTER TABLE scan_accounts ADD COLUMN duration_ms integer;

-- Retries of a scan's failed accounts run as rounds of the same scan (their jobs get round-suffixed ids).
ALTER TABLE scans ADD COLUMN round integer NOT NULL DEFAULT 0;
