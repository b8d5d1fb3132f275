-- Regions where an organization policy (a service control policy) denied every call the account's scan
-- made: recorded once per account, not evaluated, like regions_not_enabled. Each element is
-- {"region": "...", "code": "<AWS error code>", "message": "<AWS message>"}.
ALTER TABLE scan_accounts
  ADD COLUMN regions_denied_by_policy jsonb NOT NULL DEFAULT '[]'::jsonb;
