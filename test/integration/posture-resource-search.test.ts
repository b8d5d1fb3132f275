import { SEVERITIES } from '@orgscan/checks';
import type { PostureFinding } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// GET /v1/findings?resource=… takes one of two plans (a few matches: fetched, then sorted; many: the
// ordered walk). Both must list exactly the matching findings, in the sort order, across pages.
const COMMON = 6_000; // more matches than the rare-match path takes
const RARE = 37;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.store.organizations.upsert({
    id: 'search',
    name: 'Search',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  // Rare matches get the lowest severity, so under the default sort they all come last. Fingerprints have
  // the shape of real ones (32 hex digits): cursors carry them and are checked.
  await db.pool.query(
    `INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
       resource_type, status, severity, severity_rank, message, open, first_seen, status_changed_at, first_scan_id)
     SELECT 'search', md5('fp-' || n), '111111111111', 'eu-west-1', 'ec2-volume-encrypted',
       CASE WHEN n <= $1::int THEN 'arn:aws:ec2:eu-west-1:111111111111:volume/Vol-Common-' || n
            WHEN n <= $1::int + $2::int THEN 'arn:aws:ec2:eu-west-1:111111111111:volume/vol-rare-' || n
            ELSE 'arn:aws:ec2:eu-west-1:111111111111:volume/other-' || n END,
       'AwsEc2Volume', 'FAIL', s.severity, s.rank, 'm', true, now(), now(), gen_random_uuid()
     FROM generate_series(1, $1::int + $2::int + 500) AS n,
     LATERAL (SELECT CASE WHEN n > $1::int AND n <= $1::int + $2::int THEN 'informational' ELSE (ARRAY['critical','high','medium'])[1 + n % 3] END AS severity) v,
     LATERAL (SELECT v.severity, array_position($3::text[], v.severity) - 1 AS rank) s`,
    [COMMON, RARE, SEVERITIES],
  );
  await db.pool.query(
    `INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
     SELECT organization_id, fingerprint, now(), first_scan_id FROM finding_state`,
  );
  await db.pool.query('ANALYZE finding_state, finding_sightings');
});
afterAll(async () => {
  await db?.drop();
});

async function allPages(resource: string, sort?: '-severity'): Promise<PostureFinding[]> {
  const found: PostureFinding[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.store.posture.list({
      organizationId: 'search',
      resource,
      limit: 500,
      cursor,
      sort,
    });
    found.push(...page.items);
    if (!page.nextCursor) return found;
    cursor = page.nextCursor;
  }
}

const rankOf = (finding: PostureFinding) => SEVERITIES.indexOf(finding.severity);
const inOrder = (findings: PostureFinding[], direction: 1 | -1) =>
  findings.every((finding, index) => {
    const previous = findings[index - 1];
    if (!previous) return true;
    const byRank = (rankOf(finding) - rankOf(previous)) * direction;
    return byRank > 0 || (byRank === 0 && finding.fingerprint > previous.fingerprint === (direction === 1));
  });

describe('resource text search', () => {
  it('lists every rare match, case-insensitively, in order, though they all sort last', async () => {
    const found = await allPages('VOL-RARE-');
    expect(found).toHaveLength(RARE);
    expect(found.every((finding) => finding.resourceId.includes('vol-rare-'))).toBe(true);
    expect(inOrder(found, 1)).toBe(true);
  });

  it('lists every common match in order across pages, both directions', async () => {
    for (const [sort, direction] of [
      [undefined, 1],
      ['-severity', -1],
    ] as const) {
      const found = await allPages('vol-common-', sort);
      expect(found).toHaveLength(COMMON);
      expect(new Set(found.map((finding) => finding.fingerprint)).size).toBe(COMMON);
      expect(inOrder(found, direction)).toBe(true);
    }
  });

  it('combines the text with when a finding was last seen', async () => {
    const list = (lastSeen: { lastSeenFrom?: Date; lastSeenTo?: Date }) =>
      db.store.posture.list({ organizationId: 'search', resource: 'vol-rare-', limit: 100, ...lastSeen });
    const hourAgo = new Date(Date.now() - 3_600_000);
    expect((await list({ lastSeenFrom: hourAgo })).items).toHaveLength(RARE);
    expect((await list({ lastSeenTo: hourAgo })).items).toEqual([]);
  });

  it('finds nothing for a text no resource holds, and treats LIKE wildcards literally', async () => {
    expect(await allPages('vol-absent')).toEqual([]);
    expect(await allPages('vol_rare%')).toEqual([]);
  });
});
