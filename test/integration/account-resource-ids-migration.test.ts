import { accountRegionResource, accountResource, type Finding, type FindingStatus } from '@orgscan/checks';
import { findingFingerprint, migrate, type Pool, type Store } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Migration 0011 rewrites the account resource ids the earlier code stored (arn:<partition>::<id>:account,
 * …/<region>) and recomputes their fingerprints. The database is built as that code left it: migrations up to
 * 0010, then a scan written through the store with the old ids (the store computes the fingerprints as it
 * always did), a mute written with an old-form glob, and webhook deliveries. After the upgrade, the next scan,
 * with the ids the checks write now, must find the same findings: no new, no resolved, the mute still on.
 */

const ORG = 'upgrade';
const A = '100000000001';
/** An account of the GovCloud partition: the migration keeps each id's partition. */
const GOV = '100000000002';
const CHECKS = [
  'iam-root-mfa-enabled',
  'ec2-ebs-encryption-by-default-enabled',
  'iam-user-console-mfa-enabled',
];

const oldAccount = (partition: string, id: string) => `arn:${partition}::${id}:account`;
const oldAccountRegion = (partition: string, id: string, region: string) =>
  `arn:${partition}::${id}:account/${region}`;

let db: TestDatabase;
let pool: Pool;
let store: Store;
let scanNumber = 0;

beforeAll(async () => {
  // The database as the release before 0011 left it.
  db = await createTestDatabase({ migratedBefore: '0011', maxConnections: 4 });
  ({ pool, store } = db);
  await store.organizations.upsert({
    id: ORG,
    name: 'Unicode',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  await store.accounts.upsertMany(
    ORG,
    [A, GOV].map((id) => ({
      id,
      name: id,
      email: null,
      state: 'ACTIVE' as const,
      joinedAt: null,
      ouIds: ['r-1'],
      ouPath: 'Root',
    })),
    new Date('2026-01-01T00:00:00Z'),
  );
});

afterAll(async () => {
  await db?.drop();
});

function finding(
  accountId: string,
  checkId: string,
  region: string,
  resourceId: string,
  status: FindingStatus,
): Finding {
  return {
    checkId,
    accountId,
    region,
    status,
    severity: 'high',
    resourceId,
    resourceType: region === 'global' ? 'AwsAccount' : 'AwsAccountRegion',
    message: `${checkId} ${status}`,
    errorCode: null,
    evidence: null,
  };
}

/** What one account's scan observes, given how account resources are named. */
function observations(
  accountId: string,
  partition: string,
  account: (partition: string, id: string) => string,
  accountRegion: (partition: string, id: string, region: string) => string,
): Finding[] {
  return [
    finding(accountId, 'iam-root-mfa-enabled', 'global', account(partition, accountId), 'FAIL'),
    finding(
      accountId,
      'ec2-ebs-encryption-by-default-enabled',
      'eu-west-1',
      accountRegion(partition, accountId, 'eu-west-1'),
      'FAIL',
    ),
    finding(
      accountId,
      'ec2-ebs-encryption-by-default-enabled',
      'us-east-1',
      accountRegion(partition, accountId, 'us-east-1'),
      'PASS',
    ),
    {
      ...finding(
        accountId,
        'iam-user-console-mfa-enabled',
        'global',
        `arn:${partition}:iam::${accountId}:user/alice`,
        'FAIL',
      ),
      resourceType: 'AwsIamUser',
    },
  ];
}

const oldObservations = (accountId: string, partition: string) =>
  observations(accountId, partition, oldAccount, oldAccountRegion);
const newObservations = (accountId: string, partition: string) =>
  observations(
    accountId,
    partition,
    (p, id) => accountResource(p, id).id,
    (p, id, region) => accountRegionResource(p, id, region).id,
  );

const fingerprintOf = (f: Finding) => findingFingerprint({ organizationId: ORG, ...f });

/** Writes a scan as the worker does and folds it into the posture as finalize does. */
async function scan(findingsByAccount: Record<string, readonly Finding[]>) {
  scanNumber += 1;
  const id = `00000000-0000-4000-8000-${String(scanNumber).padStart(12, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1 + scanNumber));
  const accounts = Object.keys(findingsByAccount);
  await store.scans.create({
    id,
    organizationId: ORG,
    trigger: 'api',
    checkIds: CHECKS,
    regions: null,
    accountCount: accounts.length,
    createdAt: at,
    orgContext: null,
  });
  await store.scanAccounts.insertMany(
    id,
    accounts.map((accountId) => ({
      accountId,
      accountName: accountId,
      ouPath: 'Root',
      ouIds: ['r-1'],
      roleArn: `arn:aws:iam::${accountId}:role/OrgScanReadOnly`,
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    })),
    at,
  );
  for (const accountId of accounts) {
    const found = findingsByAccount[accountId] ?? [];
    await store.findings.replaceForAccount(id, ORG, accountId, found);
    // The account's row as the 0010-era worker left it, in SQL: the store's own write names columns that
    // later migrations add, and this database stops at 0010.
    await pool.query(
      `UPDATE scan_accounts SET status = 'succeeded', regions_scanned = $3, checks_evaluated = $4,
         findings_count = $5, api_calls = 1, finished_at = $6
       WHERE scan_id = $1 AND account_id = $2`,
      [id, accountId, ['eu-west-1', 'us-east-1'], CHECKS.length, found.length, at],
    );
  }
  await pool.query(`UPDATE scans SET status = 'completed', finished_at = $2 WHERE id = $1`, [id, at]);
  const outcome = await store.transaction((tx) => tx.lifecycle.applyScan(id, at));
  return { id, at, outcome };
}

const MUTE_ID = '11111111-1111-4111-8111-111111111111';
const PER_FINDING_WEBHOOK = '6d0c9a52-1f0e-4c57-9a51-0c7e4ef0e001';
const DIGEST_WEBHOOK = '6d0c9a52-1f0e-4c57-9a51-0c7e4ef0e002';

async function createWebhook(id: string, mode: 'per-finding' | 'digest') {
  await store.webhooks.create({
    id,
    organizationId: ORG,
    name: mode,
    url: 'https://tickets.example.com/hook',
    format: 'generic',
    mode,
    events: ['finding.opened'],
    filters: {},
    jira: null,
    secretEncrypted: 'v1.test.x.y.z',
    enabled: true,
    createdBy: 'test',
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
}

describe('0011: account resource ids in valid forms, fingerprints recomputed', () => {
  const oldA = oldObservations(A, 'aws');
  const oldGov = oldObservations(GOV, 'aws-us-gov');
  const newA = newObservations(A, 'aws');
  const newGov = newObservations(GOV, 'aws-us-gov');
  let first: Awaited<ReturnType<typeof scan>>;

  it('starts from a posture written with the old ids, muted by an old-form glob, with deliveries queued', async () => {
    first = await scan({ [A]: oldA, [GOV]: oldGov });
    expect(first.outcome).toMatchObject({ applied: true, changes: { new: 6, resolved: 0 } });
    await store.transaction((tx) =>
      tx.mutes.create({
        id: MUTE_ID,
        organizationId: ORG,
        accountId: null,
        ouId: null,
        region: null,
        checkId: null,
        // Every regional account resource of account A, in the old form.
        resourcePattern: `arn:aws::${A}:account/*`,
        reason: 'EBS default encryption is enforced by an SCP',
        owner: 'secops',
        expiresAt: null,
        createdBy: 'test',
        createdAt: new Date('2026-01-10T00:00:00Z'),
      }),
    );
    expect(await store.posture.get(ORG, fingerprintOf(oldA[1]!))).toMatchObject({
      muted: true,
      muteId: MUTE_ID,
    });
    await createWebhook(PER_FINDING_WEBHOOK, 'per-finding');
    await createWebhook(DIGEST_WEBHOOK, 'digest');
    for (const id of [PER_FINDING_WEBHOOK, DIGEST_WEBHOOK]) {
      const webhook = await store.webhooks.get(id);
      expect(await store.webhookDeliveries.fanOutScan(webhook!, first.id, first.at)).toBeGreaterThan(0);
    }
  });

  it('rewrites every stored id and fingerprint to what the code computes now', async () => {
    // 0011 first, then whatever landed after it.
    expect((await migrate(pool))[0]).toEqual({ version: '0011', name: '0011_account_resource_ids.sql' });

    const expected = [...newA, ...newGov].map((f) => [fingerprintOf(f), f.resourceId]).sort();
    const posture = await pool.query<{ fingerprint: string; resource_id: string }>(
      'SELECT fingerprint, resource_id FROM finding_state WHERE organization_id = $1',
      [ORG],
    );
    expect(posture.rows.map((row) => [row.fingerprint, row.resource_id]).sort()).toEqual(expected);
    const scanned = await pool.query<{ fingerprint: string; resource_id: string }>(
      'SELECT fingerprint, resource_id FROM findings WHERE scan_id = $1',
      [first.id],
    );
    expect(scanned.rows.map((row) => [row.fingerprint, row.resource_id]).sort()).toEqual(expected);
    const fingerprints = expected.map(([fingerprint]) => fingerprint);
    const sightings = await pool.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM finding_sightings WHERE organization_id = $1',
      [ORG],
    );
    expect(sightings.rows.map((row) => row.fingerprint).sort()).toEqual([...fingerprints].sort());
    const failing = [newA[0]!, newA[1]!, newA[3]!, newGov[0]!, newGov[1]!, newGov[3]!];
    const changes = await pool.query<{ fingerprint: string; resource_id: string }>(
      'SELECT fingerprint, resource_id FROM finding_changes WHERE scan_id = $1',
      [first.id],
    );
    expect(changes.rows.map((row) => [row.fingerprint, row.resource_id]).sort()).toEqual(
      failing.map((f) => [fingerprintOf(f), f.resourceId]).sort(),
    );
    // GovCloud ids stay in their partition.
    expect(newGov[0]!.resourceId).toBe(`arn:aws-us-gov:account::${GOV}:account`);

    const deliveries = await pool.query<{
      webhook_id: string;
      event_key: string;
      fingerprint: string | null;
      fingerprints: string[] | null;
    }>('SELECT webhook_id, event_key, fingerprint, fingerprints FROM webhook_deliveries ORDER BY seq');
    const opened = failing.map(fingerprintOf).sort();
    const perFinding = deliveries.rows.filter((row) => row.webhook_id === PER_FINDING_WEBHOOK);
    expect(perFinding.map((row) => row.fingerprint).sort()).toEqual(opened);
    for (const row of perFinding) expect(row.event_key).toBe(`finding.opened:${first.id}:${row.fingerprint}`);
    const digest = deliveries.rows.filter((row) => row.webhook_id === DIGEST_WEBHOOK);
    expect(digest.flatMap((row) => row.fingerprints ?? []).sort()).toEqual(opened);

    expect(await store.mutes.get(MUTE_ID)).toMatchObject({
      resourcePattern: `arn:aws:account::${A}:account/*`,
    });
  });

  it('lets the next scan, with the new ids, match the posture: no new, no resolved, history and mute kept', async () => {
    const second = await scan({ [A]: newA, [GOV]: newGov });
    expect(second.outcome).toMatchObject({
      applied: true,
      changes: { new: 0, resolved: 0, regressed: 0, reopened: 0, unchanged: 8 },
    });
    expect(await store.posture.get(ORG, fingerprintOf(newA[0]!))).toMatchObject({
      resourceId: `arn:aws:account::${A}:account`,
      open: true,
      present: true,
      firstSeen: first.at,
      firstFailedAt: first.at,
      lastSeen: second.at,
      muted: false,
    });
    expect(await store.posture.get(ORG, fingerprintOf(newA[1]!))).toMatchObject({
      resourceId: `arn:aws:account::${A}:account/eu-west-1`,
      open: true,
      firstSeen: first.at,
      muted: true,
      muteId: MUTE_ID,
    });
    // A fan-out of the migrated scan that runs again (a retried job) adds no delivery.
    const webhook = await store.webhooks.get(PER_FINDING_WEBHOOK);
    expect(await store.webhookDeliveries.fanOutScan(webhook!, first.id, first.at)).toBe(0);
  });
});
