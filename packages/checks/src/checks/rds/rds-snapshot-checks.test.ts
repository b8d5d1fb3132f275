import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { RdsSnapshot } from '../../inventory/rds.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { rdsSnapshotEncrypted } from './rds-snapshot-encrypted.js';
import { rdsSnapshotNotPublic } from './rds-snapshot-not-public.js';

function snapshot(identifier: string, fields: Partial<RdsSnapshot> = {}): RdsSnapshot {
  const kind = fields.kind ?? 'db-snapshot';
  return {
    arn: `arn:aws:rds:us-east-1:111111111111:${kind === 'db-snapshot' ? 'snapshot' : 'cluster-snapshot'}:${identifier}`,
    identifier,
    kind,
    snapshotType: 'manual',
    encrypted: true,
    restorableBy: { ok: true, value: [] },
    ...fields,
  };
}

function run(check: CheckDefinition, dbSnapshots: RdsSnapshot[], clusterSnapshots: RdsSnapshot[] = []) {
  return evaluate(
    check,
    new InventoryBuilder()
      .regional('us-east-1', 'rds.dbSnapshots', dbSnapshots)
      .regional('us-east-1', 'rds.clusterSnapshots', clusterSnapshots)
      .build(),
  );
}

const statuses = (check: CheckDefinition, dbSnapshots: RdsSnapshot[], clusterSnapshots: RdsSnapshot[] = []) =>
  run(check, dbSnapshots, clusterSnapshots).map((f) => [f.resourceId.split(':').pop(), f.status]);

describe('rds-snapshot-not-public', () => {
  it('fails a manual DB or cluster snapshot anyone can restore, passes private and named sharing', () => {
    const open = snapshot('open', { restorableBy: { ok: true, value: ['all'] } });
    const shared = snapshot('shared', { restorableBy: { ok: true, value: ['222222222222'] } });
    const openCluster = snapshot('open-cluster', {
      kind: 'cluster-snapshot',
      restorableBy: { ok: true, value: ['222222222222', 'all'] },
    });
    expect(statuses(rdsSnapshotNotPublic, [open, shared, snapshot('private')], [openCluster])).toEqual([
      ['open', 'FAIL'],
      ['shared', 'PASS'],
      ['private', 'PASS'],
      ['open-cluster', 'FAIL'],
    ]);
    expect(run(rdsSnapshotNotPublic, [], [openCluster])[0]).toMatchObject({
      resourceType: 'AwsRdsDbClusterSnapshot',
      message: 'DB cluster snapshot open-cluster is public: anyone can restore it.',
    });
  });

  it('leaves automated snapshots alone: the region passes when it has only those', () => {
    const automated = snapshot('rds:orders-2026-06-01', { snapshotType: 'automated', restorableBy: null });
    expect(run(rdsSnapshotNotPublic, [automated])).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('is an ERROR for a snapshot whose attributes cannot be read, with the AWS code', () => {
    const locked = snapshot('locked', {
      restorableBy: { ok: false, code: 'AccessDenied', operation: 'rds:DescribeDBSnapshotAttributes' },
    });
    expect(run(rdsSnapshotNotPublic, [locked, snapshot('private')])).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceType: 'AwsRdsDbSnapshot' },
      { status: 'PASS' },
    ]);
  });
});

describe('rds-snapshot-encrypted', () => {
  it('judges every snapshot, automated ones included', () => {
    const plain = snapshot('plain', { encrypted: false });
    const automated = snapshot('rds:orders-2026-06-01', {
      snapshotType: 'automated',
      restorableBy: null,
      encrypted: false,
    });
    const cluster = snapshot('shop-final', { kind: 'cluster-snapshot' });
    expect(statuses(rdsSnapshotEncrypted, [plain, automated], [cluster])).toEqual([
      ['plain', 'FAIL'],
      ['orders-2026-06-01', 'FAIL'],
      ['shop-final', 'PASS'],
    ]);
    expect(run(rdsSnapshotEncrypted, [plain])[0]?.message).toBe('DB snapshot plain is not encrypted.');
  });
});

describe.each([rdsSnapshotNotPublic, rdsSnapshotEncrypted])('%s', (check) => {
  it('passes the region without snapshots', () => {
    expect(run(check, [])).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('is an ERROR when either list cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'rds.dbSnapshots', [])
      .regionalError('us-east-1', 'rds.clusterSnapshots', 'AccessDenied', 'rds:DescribeDBClusterSnapshots')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
