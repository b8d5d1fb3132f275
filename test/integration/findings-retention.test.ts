import type { Finding } from '@orgscan/checks';
import {
  createStore,
  FindingsRetention,
  findingFingerprint,
  migrate,
  type Pool,
  type Store,
} from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeededOutcome } from '../support/account-outcome.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ORG = 'retention';
const ACCOUNT = '100000000001';
const CHECK = 'ec2-ebs-volume-encrypted';

function volume(id: string, status: 'PASS' | 'FAIL'): Finding {
  return {
    checkId: CHECK,
    accountId: ACCOUNT,
    region: 'eu-west-1',
    status,
    severity: 'medium',
    resourceId: `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/${id}`,
    resourceType: 'AwsEc2Volume',
    message: `${id} ${status}`,
    errorCode: null,
    evidence: null,
  };
}

const fingerprintOf = (finding: Finding) =>
  findingFingerprint({
    organizationId: ORG,
    accountId: finding.accountId,
    region: finding.region,
    checkId: finding.checkId,
    resourceId: finding.resourceId,
  });

let scanNumber = 0;

/** A scan written as the worker writes it (one account), finished, and (unless told) folded in. */
async function runScan(store: Store, findings: readonly Finding[], fold = true): Promise<string> {
  scanNumber += 1;
  const id = `00000000-0000-4000-8000-${String(scanNumber).padStart(12, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1 + scanNumber));
  await store.scans.create({
    id,
    organizationId: ORG,
    trigger: 'api',
    checkIds: [CHECK],
    regions: null,
    accountCount: 1,
    createdAt: at,
    orgContext: null,
  });
  await store.scanAccounts.insertMany(
    id,
    [
      {
        accountId: ACCOUNT,
        accountName: 'a',
        ouPath: 'Root',
        ouIds: ['r-1'],
        roleArn: `arn:aws:iam::${ACCOUNT}:role/OrgScanReadOnly`,
        status: 'pending',
        reasonCategory: null,
        reasonDetail: null,
      },
    ],
    at,
  );
  await store.findings.replaceForAccount(id, ORG, ACCOUNT, findings);
  await store.scanAccounts.markSucceeded(
    id,
    ACCOUNT,
    succeededOutcome({ findingsCount: findings.length, cells: { judged: 1, total: 1 } }),
    at,
  );
  if (!fold) return id;
  const totals = await store.findings.totals(id);
  await store.scans.finish(id, 'completed', totals, null as never, at);
  const outcome = await store.transaction((tx) => tx.lifecycle.applyScan(id, at));
  expect(outcome.applied).toBe(true);
  return id;
}

async function partitionExists(pool: Pool, scanId: string): Promise<boolean> {
  const { rows } = await pool.query<{ exists: boolean }>(
    'SELECT to_regclass(quote_ident(findings_partition_name($1))) IS NOT NULL AS exists',
    [scanId],
  );
  return rows[0]!.exists;
}

/** The posture as the API reads it: every column of finding_state and finding_sightings. */
async function posture(pool: Pool) {
  const { rows } = await pool.query(
    `SELECT s.*, g.last_seen, g.last_scan_id FROM finding_state s
     JOIN finding_sightings g USING (organization_id, fingerprint) ORDER BY s.fingerprint`,
  );
  return rows;
}

describe('findings retention (FINDINGS_RETENTION_SCANS)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.store.organizations.upsert({
      id: ORG,
      name: 'Retention',
      managementRoleArn: null,
      memberRoleName: 'OrgScanReadOnly',
      externalId: null,
    });
    await db.store.accounts.upsertMany(
      ORG,
      [
        {
          id: ACCOUNT,
          name: 'a',
          email: null,
          state: 'ACTIVE',
          joinedAt: null,
          ouIds: ['r-1'],
          ouPath: 'Root',
        },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("drops the partitions of scans older than the last N folded ones; the posture and each finding's history stay", async () => {
    const store = db.store;
    const first = await runScan(store, [volume('v1', 'FAIL'), volume('v2', 'PASS')]);
    const second = await runScan(store, [volume('v1', 'PASS'), volume('v2', 'PASS')]);
    const third = await runScan(store, [volume('v1', 'PASS'), volume('v2', 'FAIL')]);
    // The latest scan, not yet folded into the posture, neither counts nor expires.
    const running = await runScan(store, [volume('v1', 'PASS')], false);
    const before = await posture(db.pool);
    const historyBefore = await store.posture.history(ORG, fingerprintOf(volume('v1', 'FAIL')), 10);

    expect(await store.retention.apply(ORG, 0, new Date())).toEqual({ expired: [], dropped: 0, deferred: 0 });
    const now = new Date('2026-02-01T00:00:00Z');
    expect(await store.retention.apply(ORG, 2, now)).toEqual({ expired: [first], dropped: 1, deferred: 0 });

    expect(await partitionExists(db.pool, first)).toBe(false);
    for (const kept of [second, third, running]) expect(await partitionExists(db.pool, kept)).toBe(true);
    expect((await store.scans.get(first))?.findingsExpiredAt).toEqual(now);
    expect((await store.scans.get(second))?.findingsExpiredAt).toBeNull();
    // The scan's summary stays: totals, accounts, its recorded changes.
    expect((await store.scans.get(first))?.totals?.findings).toBe(2);
    expect((await store.scans.get(first))?.changes).toMatchObject({ new: 1 });
    expect(await store.scanAccounts.listForScan(first)).toHaveLength(1);
    expect(await store.scanDiff.recordedCounts(first)).toMatchObject({ new: 1 });
    // Nothing of the current posture moved.
    expect(await posture(db.pool)).toEqual(before);
    // v1 was new in the first scan and resolved in the second: both changes are still in its history, the
    // expired one with the status and severity its change recorded.
    const history = await store.posture.history(ORG, fingerprintOf(volume('v1', 'FAIL')), 10);
    expect(history.map((entry) => [entry.scanId, entry.change, entry.status, entry.severity])).toEqual([
      [running, null, 'PASS', 'medium'],
      [third, null, 'PASS', 'medium'],
      [second, 'resolved', 'PASS', 'medium'],
      [first, 'new', 'FAIL', 'medium'],
    ]);
    expect(history.slice(0, 3)).toEqual(historyBefore.slice(0, 3));
    expect(historyBefore[3]).toMatchObject({ message: 'v1 FAIL' });
    expect(history[3]).toMatchObject({ message: null, errorCode: null });
    // The next fold reads only its own findings: the posture goes on from where it was.
    await store.scans.finish(running, 'completed', await store.findings.totals(running), null as never, now);
    await expect(store.transaction((tx) => tx.lifecycle.applyScan(running, now))).resolves.toMatchObject({
      applied: true,
    });
    // Applied again, nothing more to drop until a scan falls out of the last N.
    expect(await store.retention.apply(ORG, 3, now)).toEqual({ expired: [], dropped: 0, deferred: 0 });
  });

  it('never waits long for a reader of findings: the drop is deferred to a later run', async () => {
    const store = db.store;
    const kept = await runScan(store, [volume('v3', 'FAIL')]);
    const reader = await db.pool.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM findings WHERE scan_id = $1', [kept]);
      const impatient = new FindingsRetention(db.pool, 100);
      const now = new Date('2026-03-01T00:00:00Z');
      const outcome = await impatient.apply(ORG, 1, now);
      expect(outcome.expired.length).toBeGreaterThan(0);
      expect(outcome.deferred).toBeGreaterThan(0);
      await reader.query('COMMIT');
      // Marked expired at once (the API answers 410), dropped by the next run.
      expect(await impatient.apply(ORG, 1, now)).toEqual({
        expired: [],
        dropped: outcome.deferred,
        deferred: 0,
      });
      for (const id of outcome.expired) expect(await partitionExists(db.pool, id)).toBe(false);
      expect(await partitionExists(db.pool, kept)).toBe(true);
    } finally {
      reader.release();
    }
  });

  it("walks a finding's history past the scans one step reads (50), newest first", async () => {
    const store = db.store;
    const rare = volume('rare', 'FAIL');
    const observed: string[] = [];
    for (let index = 0; index < 56; index += 1) {
      // Observed in the 1st, 2nd and 55th of these scans only; gone (thus resolved) in the 3rd and the 56th.
      const seen = index === 0 || index === 1 || index === 54;
      const id = await runScan(store, seen ? [rare, volume('steady', 'PASS')] : [volume('steady', 'PASS')]);
      if (seen || index === 2 || index === 55) observed.unshift(id);
    }
    const history = await store.posture.history(ORG, fingerprintOf(rare), 100);
    expect(history.map((entry) => entry.scanId)).toEqual(observed);
    expect(history.map((entry) => entry.change)).toEqual(['resolved', 'regressed', 'resolved', null, 'new']);
    expect((await store.posture.history(ORG, fingerprintOf(rare), 2)).map((entry) => entry.scanId)).toEqual(
      observed.slice(0, 2),
    );
  }, 120_000);

  it('refuses a negative or fractional number of scans to keep', async () => {
    await expect(db.store.retention.apply(ORG, -1, new Date())).rejects.toThrow(/keepScans/);
    await expect(db.store.retention.apply(ORG, 1.5, new Date())).rejects.toThrow(/keepScans/);
  });
});

describe('migration 0014 on a database with findings', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    // The database as the release before 0014 left it: findings in one table.
    db = await createTestDatabase({ migratedBefore: '0014', maxConnections: 2 });
    pool = db.pool;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('moves every row into its scan partition, then new scans get theirs and deleted ones lose theirs', async () => {
    await pool.query(
      `INSERT INTO organizations (id, name, member_role_name) VALUES ('legacy', 'Legacy', 'OrgScanReadOnly')`,
    );
    const scans = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
    for (const [index, id] of scans.entries()) {
      await pool.query(
        `INSERT INTO scans (id, organization_id, status, trigger, check_ids, account_count, created_at)
         VALUES ($1, 'legacy', $2, 'api', ARRAY[$3], 1, now() - make_interval(days => $4))`,
        [id, index === 0 ? 'completed' : 'running', CHECK, 2 - index],
      );
      await pool.query(
        `INSERT INTO findings (scan_id, fingerprint, organization_id, account_id, region, check_id, resource_id,
                               resource_type, status, severity, message, evidence, mute_id)
         SELECT $1, 'fp-' || n, 'legacy', $2, 'eu-west-1', $3, 'vol-' || n, 'AwsEc2Volume',
                CASE WHEN n % 2 = 0 THEN 'PASS' ELSE 'FAIL' END, 'medium', 'm' || n, '{"n": 1}', NULL
         FROM generate_series(1, 250 * ($4 + 1)) n`,
        [id, ACCOUNT, CHECK, index],
      );
    }
    const rowsBefore = (await pool.query('SELECT * FROM findings ORDER BY scan_id, fingerprint')).rows;
    expect(rowsBefore).toHaveLength(750);

    await migrate(pool);

    const rowsAfter = (await pool.query('SELECT * FROM findings ORDER BY scan_id, fingerprint')).rows;
    expect(rowsAfter).toEqual(rowsBefore);
    const { rows: placement } = await pool.query<{ partition: string; count: string }>(
      'SELECT tableoid::regclass::text AS partition, count(*) FROM findings GROUP BY 1 ORDER BY 1',
    );
    expect(placement).toEqual(
      scans.map((id, index) => ({
        partition: `findings_${id.replaceAll('-', '')}`,
        count: String(250 * (index + 1)),
      })),
    );
    const { rows: kind } = await pool.query<{ relkind: string }>(
      "SELECT relkind FROM pg_class WHERE oid = 'findings'::regclass",
    );
    expect(kind[0]?.relkind).toBe('p');

    // The running scan's accounts go on writing after the upgrade; a new scan gets its partition.
    const store = createStore(pool, null);
    await store.findings.replaceForAccount(scans[1]!, 'legacy', ACCOUNT, [volume('late', 'FAIL')]);
    expect((await store.findings.totals(scans[1]!)).findings).toBe(1);
    await store.scans.create({
      id: '00000000-0000-4000-8000-00000000000c',
      organizationId: 'legacy',
      trigger: 'api',
      checkIds: [CHECK],
      regions: null,
      accountCount: 1,
      createdAt: new Date(),
      orgContext: null,
    });
    await store.findings.replaceForAccount('00000000-0000-4000-8000-00000000000c', 'legacy', ACCOUNT, [
      volume('new', 'PASS'),
    ]);
    expect((await store.findings.totals('00000000-0000-4000-8000-00000000000c')).findings).toBe(1);
    // A finding of a scan that does not exist has nowhere to go (the foreign key used to refuse it).
    await expect(
      store.findings.replaceForAccount('00000000-0000-4000-8000-0000000000ff', 'legacy', ACCOUNT, [
        volume('orphan', 'PASS'),
      ]),
    ).rejects.toThrow(/no partition/);
    // Deleting the organization deletes its scans, and their partitions with them.
    await pool.query("DELETE FROM organizations WHERE id = 'legacy'");
    const { rows: left } = await pool.query<{ count: string }>(
      "SELECT count(*) FROM pg_inherits WHERE inhparent = 'findings'::regclass",
    );
    expect(left[0]?.count).toBe('0');
  });
});
