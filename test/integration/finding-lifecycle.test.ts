import { type Finding, type FindingStatus, REGION_DENIED_BY_POLICY_CHECK_ID } from '@orgscan/checks';
import { findingFingerprint } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeededOutcome } from '../support/account-outcome.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ORG = 'lifecycle';
const A = '100000000001';
const B = '100000000002';
const CHECKS = ['iam-user-console-mfa-enabled', 'ec2-ebs-volume-encrypted'];

let db: TestDatabase;
let scanNumber = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.store.organizations.upsert({
    id: ORG,
    name: 'Lifecycle',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  await db.store.accounts.upsertMany(
    ORG,
    [
      {
        id: A,
        name: 'a',
        email: null,
        state: 'ACTIVE',
        joinedAt: null,
        ouIds: ['r-1', 'ou-1'],
        ouPath: 'Root/Prod',
      },
      {
        id: B,
        name: 'b',
        email: null,
        state: 'ACTIVE',
        joinedAt: null,
        ouIds: ['r-1', 'ou-2'],
        ouPath: 'Root/Dev',
      },
    ],
    new Date('2026-01-01T00:00:00Z'),
  );
});
afterAll(async () => {
  await db?.drop();
});

function user(accountId: string, name: string, status: FindingStatus): Finding {
  return {
    checkId: 'iam-user-console-mfa-enabled',
    accountId,
    region: 'global',
    status,
    severity: 'high',
    resourceId: `arn:aws:iam::${accountId}:user/${name}`,
    resourceType: 'AwsIamUser',
    message: `${name} ${status}`,
    errorCode: status === 'ERROR' ? 'AccessDenied' : null,
    evidence: null,
  };
}

function volume(accountId: string, id: string, status: FindingStatus, region = 'eu-west-1'): Finding {
  return {
    checkId: 'ec2-ebs-volume-encrypted',
    accountId,
    region,
    status,
    severity: 'medium',
    resourceId: `arn:aws:ec2:${region}:${accountId}:volume/${id}`,
    resourceType: 'AwsEc2Volume',
    message: `${id} ${status}`,
    errorCode: status === 'ERROR' ? 'AccessDenied' : null,
    evidence: null,
  };
}

const fp = (finding: Finding) =>
  findingFingerprint({
    organizationId: ORG,
    accountId: finding.accountId,
    region: finding.region,
    checkId: finding.checkId,
    resourceId: finding.resourceId,
  });

interface AccountPlan {
  readonly id: string;
  readonly outcome: 'succeeded' | 'failed';
  readonly findings?: readonly Finding[];
  readonly regions?: readonly string[];
}

/** Writes a scan as the worker would (accounts, findings, final status), then finalizes its posture. */
async function runScan(accounts: readonly AccountPlan[], checkIds: readonly string[] = CHECKS) {
  scanNumber += 1;
  const id = `00000000-0000-4000-8000-${String(scanNumber).padStart(12, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1 + scanNumber));
  await db.store.scans.create({
    id,
    organizationId: ORG,
    trigger: 'api',
    checkIds,
    regions: null,
    accountCount: accounts.length,
    createdAt: at,
    orgContext: null,
  });
  await db.store.scanAccounts.insertMany(
    id,
    accounts.map((account) => ({
      accountId: account.id,
      accountName: account.id,
      ouPath: 'Root',
      ouIds: ['r-1'],
      roleArn: `arn:aws:iam::${account.id}:role/OrgScanReadOnly`,
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    })),
    at,
  );
  for (const account of accounts) {
    if (account.outcome === 'failed') {
      await db.store.scanAccounts.markFailed(
        id,
        account.id,
        { category: 'assume-role-denied', detail: 'AccessDenied' },
        { apiCalls: 1, throttles: 0 },
        at,
      );
      continue;
    }
    await db.store.findings.replaceForAccount(id, ORG, account.id, account.findings ?? []);
    await db.store.scanAccounts.markSucceeded(
      id,
      account.id,
      // Coverage is not what these tests are about; the scans' statuses are set directly.
      succeededOutcome({
        regionsScanned: account.regions ?? ['eu-west-1'],
        checksEvaluated: checkIds.length,
        findingsCount: account.findings?.length ?? 0,
      }),
      at,
    );
  }
  await db.pool.query(`UPDATE scans SET status = 'completed', finished_at = $2 WHERE id = $1`, [id, at]);
  return { id, at };
}

const apply = (scanId: string) =>
  db.store.transaction((tx) => tx.lifecycle.applyScan(scanId, new Date('2026-06-01T00:00:00Z')));

async function changesOf(scanId: string) {
  const page = await db.store.scanDiff.recorded(scanId, { limit: 100 });
  return Object.fromEntries(page.items.map((entry) => [entry.resourceId.split('/').pop(), entry.change]));
}

const state = (finding: Finding) => db.store.posture.get(ORG, fp(finding));

describe('finding lifecycle at finalize', () => {
  const alice = (status: FindingStatus) => user(A, 'alice', status);
  const bob = (status: FindingStatus) => user(A, 'bob', status);
  const carol = (status: FindingStatus) => user(B, 'carol', status);
  const vol1 = (status: FindingStatus) => volume(A, 'vol-1', status);
  const vol2 = (status: FindingStatus) => volume(B, 'vol-2', status);
  let first: { id: string; at: Date };

  it('records first failures as new and starts the posture', async () => {
    first = await runScan([
      { id: A, outcome: 'succeeded', findings: [alice('FAIL'), bob('PASS'), vol1('FAIL')] },
      { id: B, outcome: 'succeeded', findings: [carol('FAIL'), vol2('FAIL')] },
    ]);
    const outcome = await apply(first.id);
    expect(outcome).toMatchObject({
      applied: true,
      changes: { new: 4, resolved: 0, regressed: 0, reopened: 0, unchanged: 1 },
    });
    expect(await changesOf(first.id)).toEqual({ alice: 'new', 'vol-1': 'new', carol: 'new', 'vol-2': 'new' });
    expect(await state(alice('FAIL'))).toMatchObject({
      status: 'FAIL',
      open: true,
      present: true,
      firstSeen: first.at,
      lastSeen: first.at,
      statusChangedAt: first.at,
      firstFailedAt: first.at,
      lastScanId: first.id,
      muted: false,
    });
    expect(await state(bob('PASS'))).toMatchObject({ open: false, firstFailedAt: null });
  });

  it('is applied once: a second finalize changes nothing', async () => {
    expect(await apply(first.id)).toEqual({ applied: false, reason: 'already-applied' });
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS count FROM finding_changes WHERE scan_id = $1',
      [first.id],
    );
    expect(rows[0].count).toBe(4);
  });

  it('resolves FAIL → PASS, resolves a resource gone from a cleanly evaluated scope, keeps the rest open', async () => {
    const second = await runScan([
      // alice fixed; bob now fails for the first time; vol-1 deleted (its scope evaluated cleanly)
      { id: A, outcome: 'succeeded', findings: [alice('PASS'), bob('FAIL')] },
      // B could not be entered: carol and vol-2 stay open
      { id: B, outcome: 'failed' },
    ]);
    expect(await apply(second.id)).toMatchObject({
      applied: true,
      changes: { new: 1, resolved: 2, regressed: 0, reopened: 0, unchanged: 0 },
    });
    expect(await changesOf(second.id)).toEqual({ alice: 'resolved', bob: 'new', 'vol-1': 'resolved' });
    expect(await state(vol1('FAIL'))).toMatchObject({ present: false, open: false, resolvedAt: second.at });
    expect(await state(alice('PASS'))).toMatchObject({ open: false, resolvedAt: second.at, status: 'PASS' });
    expect(await state(carol('FAIL'))).toMatchObject({ open: true, present: true, lastScanId: first.id });
  });

  it('keeps a vanished resource open when its scope had an ERROR, its region was not scanned, or its check not run', async () => {
    const third = await runScan([
      { id: A, outcome: 'succeeded', findings: [alice('PASS'), bob('FAIL')] },
      // carol's check ERRORed in B's global scope; vol-2's region was not scanned
      { id: B, outcome: 'succeeded', findings: [user(B, 'scope', 'ERROR')], regions: ['us-east-1'] },
    ]);
    await apply(third.id);
    expect(await changesOf(third.id)).toEqual({});
    expect(await state(carol('FAIL'))).toMatchObject({ open: true, present: true });
    expect(await state(vol2('FAIL'))).toMatchObject({ open: true, present: true });

    const onlyIam = await runScan(
      [{ id: B, outcome: 'succeeded', findings: [carol('FAIL')], regions: ['eu-west-1'] }],
      ['iam-user-console-mfa-enabled'],
    );
    await apply(onlyIam.id);
    expect(await state(vol2('FAIL'))).toMatchObject({ open: true, present: true });
  });

  it('records a failure after a resolution as regressed, and a returning resource too', async () => {
    const fourth = await runScan([
      { id: A, outcome: 'succeeded', findings: [alice('FAIL'), bob('FAIL'), vol1('FAIL')] },
      { id: B, outcome: 'succeeded', findings: [carol('FAIL'), vol2('PASS')] },
    ]);
    await apply(fourth.id);
    expect(await changesOf(fourth.id)).toEqual({
      alice: 'regressed',
      'vol-1': 'regressed',
      'vol-2': 'resolved',
    });
    expect(await state(vol1('FAIL'))).toMatchObject({ present: true, open: true, resolvedAt: null });
  });

  it('does not apply a scan older than one already applied', async () => {
    const late = `00000000-0000-4000-8000-${String(900).padStart(12, '0')}`;
    await db.store.scans.create({
      id: late,
      organizationId: ORG,
      trigger: 'api',
      checkIds: CHECKS,
      regions: null,
      accountCount: 0,
      createdAt: new Date('2025-12-01T00:00:00Z'),
      orgContext: null,
    });
    await db.pool.query(`UPDATE scans SET status = 'completed' WHERE id = $1`, [late]);
    expect(await apply(late)).toEqual({ applied: false, reason: 'superseded' });
  });

  it('mutes findings in scope at once and reopens them at the first finalize after the mute expires', async () => {
    const muteId = '11111111-1111-4111-8111-111111111111';
    await db.store.transaction((tx) =>
      tx.mutes.create({
        id: muteId,
        organizationId: ORG,
        accountId: null,
        ouId: 'ou-1',
        region: null,
        checkId: 'iam-user-console-mfa-enabled',
        resourcePattern: '*:user/ali*',
        reason: 'break-glass user, MFA in the safe',
        owner: 'secops',
        expiresAt: new Date('2026-03-01T00:00:00Z'),
        createdBy: 'test',
        createdAt: new Date('2026-01-10T00:00:00Z'),
      }),
    );
    expect(await state(alice('FAIL'))).toMatchObject({ muted: true, muteId });
    expect(await state(bob('FAIL'))).toMatchObject({ muted: false });
    expect((await db.store.mutes.get(muteId))?.findingsMuted).toBe(1);
    const tallies = await db.store.rollups.currentAccountChecks(ORG, [A]);
    expect(tallies.find((row) => row.checkId === 'iam-user-console-mfa-enabled')).toMatchObject({
      fail: 1,
      muted: 1,
    });

    // The scan after the expiry date (finalized "now" = 2026-06-01) lapses the mute: alice is reopened.
    const fifth = await runScan([
      { id: A, outcome: 'succeeded', findings: [alice('FAIL'), bob('FAIL'), vol1('FAIL')] },
      { id: B, outcome: 'succeeded', findings: [carol('FAIL'), vol2('PASS')] },
    ]);
    await apply(fifth.id);
    expect(await changesOf(fifth.id)).toEqual({ alice: 'reopened' });
    expect(await state(alice('FAIL'))).toMatchObject({ muted: false, muteId: null });
    expect((await db.store.mutes.get(muteId))?.lapsedAt).not.toBeNull();
  });

  it('compares two scans pairwise', async () => {
    const { rows } = await db.pool.query<{ id: string }>(
      `SELECT id FROM scans WHERE organization_id = $1 AND status = 'completed' AND id <> $2 ORDER BY created_at`,
      [ORG, `00000000-0000-4000-8000-${String(900).padStart(12, '0')}`],
    );
    const [s1, s2] = rows.map((row) => row.id);
    const counts = await db.store.scanDiff.pairwiseCounts(s2!, s1!);
    expect(counts).toEqual({ new: 1, resolved: 2, regressed: 0, reopened: 0, unchanged: 0 });
    const page = await db.store.scanDiff.pairwise(s2!, s1!, { limit: 1 });
    expect(page.items).toHaveLength(1);
    const next = await db.store.scanDiff.pairwise(s2!, s1!, { limit: 10, cursor: page.nextCursor! });
    expect([...page.items, ...next.items].map((entry) => entry.change).sort()).toEqual([
      'new',
      'resolved',
      'resolved',
    ]);
  });
  it("archives a region's denied-by-policy finding once the region is scanned without it (the SCP lifted)", async () => {
    const denied: Finding = {
      checkId: REGION_DENIED_BY_POLICY_CHECK_ID,
      accountId: A,
      region: 'sa-east-1',
      status: 'SKIPPED',
      severity: 'informational',
      resourceId: `arn:aws::${A}:account/sa-east-1`,
      resourceType: 'AwsAccountRegion',
      message: 'Region sa-east-1 not evaluated: an organization policy denies the scanner calls there',
      errorCode: 'AccessDenied',
      evidence: null,
    };
    const whileDenied = await runScan([
      { id: A, outcome: 'succeeded', findings: [denied], regions: ['eu-west-1'] },
    ]);
    await apply(whileDenied.id);
    expect(await state(denied)).toMatchObject({ present: true, open: false, status: 'SKIPPED' });

    const lifted = await runScan([
      { id: A, outcome: 'succeeded', findings: [], regions: ['eu-west-1', 'sa-east-1'] },
    ]);
    await apply(lifted.id);
    expect(await state(denied)).toMatchObject({ present: false, open: false });
  });
});
