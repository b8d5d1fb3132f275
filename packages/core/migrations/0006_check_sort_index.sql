-- GET /v1/findings?checkId=… sorts by severity, then fingerprint. The index of 0003 put status between
-- the check and the sort key, so a check without a status filter (or with a region) came back unordered:
-- every row of the check was read and sorted (170 ms with 2M findings in the posture). A check has one
-- severity, so (check, severity, fingerprint) is the listing order itself: the first page is read off the
-- index, filtering status or region on the way (10 ms). A status filter alone uses finding_state_status.
DROP INDEX finding_state_check;
CREATE INDEX finding_state_check ON finding_state (organization_id, check_id, severity_rank, fingerprint);
