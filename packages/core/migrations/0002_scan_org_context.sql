-- The management account's inventory slices that org-aware checks read (organization trail, its log group
-- filters and alarms, org-wide Config), collected once when the scan starts; or the error that prevented it.
ALTER TABLE scans ADD COLUMN org_context jsonb;
