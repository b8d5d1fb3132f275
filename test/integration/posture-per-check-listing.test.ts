import { SEVERITIES } from '@orgscan/checks';
import type { PostureFinding, PostureQuery } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// GET /v1/findings with a few check ids (a framework + requirement filter) lists check by check, each from
// its own index range, and merges the pages; a resource text with few matches sorts the matches' keys and
// reads back only the page (PostureRepository.list). Every page must be the one a plain
// ORDER BY over the whole filtered posture gives: same rows, same order, same cursors' continuation.
const ORG = 'per-check';
const CHECKS = ['check-a', 'check-b', 'check-c', 'check-d'];
const ROWS = 3_000;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.store.organizations.upsert({
    id: ORG,
    name: 'Per check',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  // Severity varies within a check too (the listing must not rely on one severity per check); many rows
  // share a status change time, so the fingerprint decides ties. check-d has no FAIL at all.
  await db.pool.query(
    `INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
       resource_type, status, severity, severity_rank, message, open, present, first_seen, status_changed_at,
       first_scan_id)
     SELECT $1, md5('fp-' || n), lpad((n % 7)::text, 12, '1'), 'eu-west-1', c.check_id, 'arn:r/' || n, 'T',
       c.status, ($3::text[])[1 + n % 5], n % 5, 'm', c.status = 'FAIL', n % 11 <> 0,
       timestamptz '2026-01-01' + (n % 13) * interval '1 hour', timestamptz '2026-02-01' + (n % 17) * interval '1 hour',
       gen_random_uuid()
     FROM generate_series(1, $2::int) AS n,
     LATERAL (SELECT ($4::text[])[1 + n % 4] AS check_id) k,
     LATERAL (SELECT k.check_id,
                     CASE WHEN k.check_id = 'check-d' THEN 'PASS'
                          ELSE (ARRAY['FAIL', 'PASS', 'PASS', 'ERROR'])[1 + (n / 4) % 4] END AS status) c`,
    [ORG, ROWS, SEVERITIES, CHECKS],
  );
  await db.pool.query(
    `INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
     SELECT organization_id, fingerprint, first_seen + (fingerprint < '8')::int * interval '30 days', first_scan_id
     FROM finding_state`,
  );
  await db.pool.query('ANALYZE finding_state, finding_sightings');
});
afterAll(async () => {
  await db?.drop();
});

type Query = Omit<PostureQuery, 'organizationId' | 'limit' | 'cursor'>;

async function allPages(query: Query, limit: number): Promise<string[]> {
  const found: PostureFinding[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.store.posture.list({ organizationId: ORG, limit, cursor, ...query });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    found.push(...page.items);
    if (!page.nextCursor) return found.map((finding) => finding.fingerprint);
    cursor = page.nextCursor;
  }
}

/** The same listing as one plain query over the whole posture: what every page must add up to. */
async function reference(query: Query): Promise<string[]> {
  const sort = query.sort ?? 'severity';
  const column = { severity: 'severity_rank', firstSeen: 'first_seen', statusChangedAt: 'status_changed_at' }[
    sort.replace(/^-/, '') as 'severity'
  ];
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const { rows } = await db.pool.query<{ fingerprint: string }>(
    `SELECT s.fingerprint FROM finding_state s JOIN finding_sightings g USING (organization_id, fingerprint)
     WHERE s.organization_id = $1 AND s.present AND s.check_id = ANY ($2::text[])
       AND ($3::text[] IS NULL OR s.status = ANY ($3::text[]))
       AND ($4::timestamptz IS NULL OR g.last_seen >= $4)
       AND ($5::text IS NULL OR s.resource_id ILIKE '%' || $5 || '%')
     ORDER BY s.${column} ${direction}, s.fingerprint ${direction}`,
    [ORG, query.checkIds, query.status ?? null, query.lastSeenFrom ?? null, query.resource ?? null],
  );
  return rows.map((row) => row.fingerprint);
}

describe('listing several checks, or the few matches of a resource text', () => {
  const cases: Array<[string, Query]> = [
    ['two checks with a status', { checkIds: ['check-a', 'check-b'], status: ['FAIL'] }],
    ['a check without any finding of the status', { checkIds: ['check-a', 'check-d'], status: ['FAIL'] }],
    ['several statuses, descending', { checkIds: CHECKS, status: ['FAIL', 'ERROR'], sort: '-severity' }],
    ['no status, by status change', { checkIds: ['check-b', 'check-c'], sort: 'statusChangedAt' }],
    ['by first seen, descending', { checkIds: ['check-a', 'check-c'], sort: '-firstSeen' }],
    [
      'with when a finding was last seen',
      { checkIds: ['check-a', 'check-b', 'check-c'], status: ['FAIL'], lastSeenFrom: new Date('2026-01-15') },
    ],
    // A resource text with few matches: the page is chosen among the matches' sort keys, then read back.
    ['a resource text, by status change', { checkIds: CHECKS, resource: 'R/1', sort: '-statusChangedAt' }],
    ['a resource text, by severity', { checkIds: ['check-a', 'check-c'], resource: 'r/2', status: ['FAIL'] }],
  ];

  it.each(cases)('%s: every page as one ordered query gives it', async (_name, query) => {
    const expected = await reference(query);
    expect(expected.length).toBeGreaterThan(100);
    expect(await allPages(query, 37)).toEqual(expected);
    expect(await allPages(query, 500)).toEqual(expected);
  });

  it('lists the same as the single filter over every check past the per-check bound', async () => {
    // 70 ids (more than are walked one by one) take the one `check_id = ANY` path: same answer.
    const many = [...CHECKS, ...Array.from({ length: 66 }, (_, index) => `absent-${index}`)];
    const query: Query = { checkIds: many, status: ['FAIL'] };
    expect(await allPages(query, 50)).toEqual(await allPages({ checkIds: CHECKS, status: ['FAIL'] }, 50));
  });
});
