-- Account resources get valid ARNs. The account itself was written arn:<partition>::<id>:account and a regional
-- setting of it arn:<partition>::<id>:account/<region>: ARNs without a service. Now they are
-- arn:<partition>:account::<id>:account (AWS Account Management's ARN of an account) and that ARN followed by
-- /<region>. The fingerprint of a finding includes its resource id, so every stored id of the old form is
-- rewritten and its fingerprint recomputed, wherever either is kept; without this the next scan would report
-- every failing account-level finding as new and the old one as resolved, and lose its history, mute and
-- tickets. Deliveries already sent carry the old fingerprint outside orgscan; nothing can change those.

-- The finding fingerprint exactly as packages/scanner/src/finding-fingerprint.ts computes it: the first 32 hex
-- digits of SHA-256 over organization, account, region, check and resource, as UTF-8, joined by a NUL byte
-- (text cannot hold NUL, so the bytes are joined). sha256(bytea) is built in since PostgreSQL 11. These
-- helpers live in pg_temp for this session only and are dropped at the end.
CREATE FUNCTION pg_temp.finding_fingerprint(organization_id text, account_id text, region text, check_id text,
                                            resource_id text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$
    SELECT left(encode(sha256(convert_to(organization_id, 'UTF8') || decode('00', 'hex')
                              || convert_to(account_id, 'UTF8') || decode('00', 'hex')
                              || convert_to(region, 'UTF8') || decode('00', 'hex')
                              || convert_to(check_id, 'UTF8') || decode('00', 'hex')
                              || convert_to(resource_id, 'UTF8')), 'hex'), 32)
  $$;

-- Only the two forms the old code wrote (packages/checks/src/model/resource.ts): nothing else has an empty
-- service. The partition is kept as it was (aws, aws-us-gov, aws-cn).
CREATE FUNCTION pg_temp.is_old_account_resource(resource_id text) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT resource_id ~ '^arn:aws[a-z-]*::[0-9]+:account(/[a-z0-9-]+)?$' $$;

CREATE FUNCTION pg_temp.account_resource_id(resource_id text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT regexp_replace(resource_id, '^arn:(aws[a-z-]*)::', 'arn:\1:account::') $$;

-- Old fingerprint → new one, for the tables that keep the fingerprint without its parts: sightings (of the
-- posture) and deliveries (of lifecycle changes) only name fingerprints the posture or the changes hold, so
-- the findings table, the largest, is not read for it.
CREATE TEMPORARY TABLE renamed_fingerprints (
  organization_id text NOT NULL,
  old_fingerprint text NOT NULL,
  new_fingerprint text NOT NULL,
  PRIMARY KEY (organization_id, old_fingerprint)
) ON COMMIT DROP;

INSERT INTO renamed_fingerprints (organization_id, old_fingerprint, new_fingerprint)
SELECT DISTINCT organization_id, fingerprint,
       pg_temp.finding_fingerprint(organization_id, account_id, region, check_id,
                                   pg_temp.account_resource_id(resource_id))
FROM (
  SELECT organization_id, fingerprint, account_id, region, check_id, resource_id FROM finding_state
  WHERE pg_temp.is_old_account_resource(resource_id)
  UNION
  SELECT organization_id, fingerprint, account_id, region, check_id, resource_id FROM finding_changes
  WHERE pg_temp.is_old_account_resource(resource_id)
) old
ON CONFLICT (organization_id, old_fingerprint) DO NOTHING;

-- Tables that hold the parts: the new fingerprint is computed from the row itself.
UPDATE findings
SET resource_id = pg_temp.account_resource_id(resource_id),
    fingerprint = pg_temp.finding_fingerprint(organization_id, account_id, region, check_id,
                                              pg_temp.account_resource_id(resource_id))
WHERE pg_temp.is_old_account_resource(resource_id);

UPDATE finding_state
SET resource_id = pg_temp.account_resource_id(resource_id),
    fingerprint = pg_temp.finding_fingerprint(organization_id, account_id, region, check_id,
                                              pg_temp.account_resource_id(resource_id))
WHERE pg_temp.is_old_account_resource(resource_id);

UPDATE finding_changes
SET resource_id = pg_temp.account_resource_id(resource_id),
    fingerprint = pg_temp.finding_fingerprint(organization_id, account_id, region, check_id,
                                              pg_temp.account_resource_id(resource_id))
WHERE pg_temp.is_old_account_resource(resource_id);

-- Tables that hold the fingerprint alone.
UPDATE finding_sightings s
SET fingerprint = r.new_fingerprint
FROM renamed_fingerprints r
WHERE r.organization_id = s.organization_id AND r.old_fingerprint = s.fingerprint;

-- Deliveries not sent yet (and the record of the sent ones) name the finding by fingerprint; a per-finding
-- delivery's event key ends with it (event:scan:fingerprint), which keeps a repeated fan-out from sending a
-- finding twice, so it follows.
UPDATE webhook_deliveries d
SET fingerprint = r.new_fingerprint,
    event_key = left(d.event_key, length(d.event_key) - length(r.old_fingerprint)) || r.new_fingerprint
FROM webhooks w, renamed_fingerprints r
WHERE w.id = d.webhook_id AND r.organization_id = w.organization_id AND r.old_fingerprint = d.fingerprint;

UPDATE webhook_deliveries d
SET fingerprints = (
  SELECT array_agg(coalesce(r.new_fingerprint, f.fingerprint) ORDER BY f.position)
  FROM unnest(d.fingerprints) WITH ORDINALITY AS f (fingerprint, position)
  LEFT JOIN renamed_fingerprints r
    ON r.organization_id = w.organization_id AND r.old_fingerprint = f.fingerprint
)
FROM webhooks w
WHERE w.id = d.webhook_id AND d.fingerprints IS NOT NULL
  AND EXISTS (SELECT 1 FROM renamed_fingerprints r
              WHERE r.organization_id = w.organization_id AND r.old_fingerprint = ANY (d.fingerprints));

-- A mute whose resource glob names the empty service (arn:<partition>::…) could only ever match account
-- resources: it gets the service too, so it covers the same findings under their new ids. resource_like is
-- the same pattern as LIKE (globToLike), whose escapes never touch this prefix. Globs that do not spell the
-- service (arn:aws:*:account, *:account/*) match the new ids as they are.
UPDATE mutes
SET resource_pattern = regexp_replace(resource_pattern, '^arn:([^:]*)::', 'arn:\1:account::'),
    resource_like = regexp_replace(resource_like, '^arn:([^:]*)::', 'arn:\1:account::')
WHERE resource_pattern ~ '^arn:[^:]*::';

DROP FUNCTION pg_temp.finding_fingerprint(text, text, text, text, text);
DROP FUNCTION pg_temp.is_old_account_resource(text);
DROP FUNCTION pg_temp.account_resource_id(text);
