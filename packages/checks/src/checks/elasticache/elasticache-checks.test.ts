import { describe, expect, it } from 'vitest';
import {
  elasticacheCacheCluster,
  elasticacheReplicationGroup,
  evaluate,
  InventoryBuilder,
} from '../../fixtures/index.js';
import type { ElasticacheCacheCluster, ElasticacheReplicationGroup } from '../../inventory/elasticache.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { elasticacheClusterAutoMinorVersionUpgradeEnabled } from './elasticache-cluster-auto-minor-version-upgrade-enabled.js';
import { elasticacheClusterDefaultSubnetGroupNotUsed } from './elasticache-cluster-default-subnet-group-not-used.js';
import { elasticacheRedisAutomaticBackupsEnabled } from './elasticache-redis-automatic-backups-enabled.js';
import { elasticacheReplicationGroupAutomaticFailoverEnabled } from './elasticache-replication-group-automatic-failover-enabled.js';
import { elasticacheReplicationGroupEncryptedAtRest } from './elasticache-replication-group-encrypted-at-rest.js';
import { elasticacheReplicationGroupEncryptedInTransit } from './elasticache-replication-group-encrypted-in-transit.js';
import { elasticacheReplicationGroupRedisAuthEnabled } from './elasticache-replication-group-redis-auth-enabled.js';

function run(
  check: CheckDefinition,
  groups: ElasticacheReplicationGroup[] = [],
  clusters: ElasticacheCacheCluster[] = [],
) {
  return evaluate(
    check,
    new InventoryBuilder()
      .regional('us-east-1', 'elasticache.replicationGroups', groups)
      .regional('us-east-1', 'elasticache.cacheClusters', clusters)
      .build(),
  );
}

const statuses = (
  check: CheckDefinition,
  groups: ElasticacheReplicationGroup[] = [],
  clusters: ElasticacheCacheCluster[] = [],
) => run(check, groups, clusters).map((f) => [f.resourceId.split(':').pop(), f.status]);

/** A group's member, reporting the group's engine version. */
const member = (group: string, suffix: string, engineVersion: string) =>
  elasticacheCacheCluster(`${group}-${suffix}`, { replicationGroupId: group, engineVersion });

describe.each([
  [
    elasticacheReplicationGroupAutomaticFailoverEnabled,
    { automaticFailover: 'disabled' },
    'automatic failover disabled',
  ],
  [
    elasticacheReplicationGroupEncryptedAtRest,
    { atRestEncryptionEnabled: false },
    'is not encrypted at rest',
  ],
  [
    elasticacheReplicationGroupEncryptedInTransit,
    { transitEncryptionEnabled: false },
    'not encrypted in transit',
  ],
] as const)('%s', (check, badFields, failText) => {
  it('passes the region when it has no replication group', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant group and fails the other, naming it', () => {
    const good = elasticacheReplicationGroup('good');
    const bad = elasticacheReplicationGroup('bad', badFields);
    expect(statuses(check, [good, bad])).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    expect(run(check, [bad])[0]).toMatchObject({ resourceType: 'AwsElastiCacheReplicationGroup' });
    expect(run(check, [bad])[0]?.message).toContain('Replication group bad');
    expect(run(check, [bad])[0]?.message).toContain(failText);
  });

  it('is an ERROR when the replication groups cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError(
        'us-east-1',
        'elasticache.replicationGroups',
        'AccessDenied',
        'elasticache:DescribeReplicationGroups',
      )
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe.each([
  [
    elasticacheClusterAutoMinorVersionUpgradeEnabled,
    { autoMinorVersionUpgrade: false },
    'has auto minor version upgrade off',
  ],
  [
    elasticacheClusterDefaultSubnetGroupNotUsed,
    { cacheSubnetGroupName: 'default' },
    'uses the default subnet group',
  ],
] as const)('%s', (check, badFields, failText) => {
  it('passes the region when it has no cache cluster', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant cluster and fails the other, naming it', () => {
    const good = elasticacheCacheCluster('good');
    const bad = elasticacheCacheCluster('bad', badFields);
    expect(statuses(check, [], [good, bad])).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    expect(run(check, [], [bad])[0]).toMatchObject({ resourceType: 'AwsElastiCacheCacheCluster' });
    expect(run(check, [], [bad])[0]?.message).toContain(`Cache cluster bad ${failText}`);
  });

  it('is an ERROR when the cache clusters cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError(
        'us-east-1',
        'elasticache.cacheClusters',
        'AccessDenied',
        'elasticache:DescribeCacheClusters',
      )
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe('elasticache-cluster-auto-minor-version-upgrade-enabled scope', () => {
  it('leaves Memcached clusters alone, and judges replication group members', () => {
    const memcached = elasticacheCacheCluster('sessions', {
      engine: 'memcached',
      autoMinorVersionUpgrade: false,
    });
    const node = member('cart', '001', '7.1');
    expect(statuses(elasticacheClusterAutoMinorVersionUpgradeEnabled, [], [memcached, node])).toEqual([
      ['cart-001', 'PASS'],
    ]);
  });
});

describe('elasticache-redis-automatic-backups-enabled', () => {
  it('judges groups and stand-alone Redis OSS or Valkey clusters, not group members or Memcached', () => {
    const group = elasticacheReplicationGroup('cart', { snapshotRetentionLimit: 0 });
    const standAlone = elasticacheCacheCluster('queue', { engine: 'valkey', snapshotRetentionLimit: 1 });
    const memcached = elasticacheCacheCluster('sessions', { engine: 'memcached', snapshotRetentionLimit: 0 });
    const node = member('cart', '001', '7.1');
    expect(statuses(elasticacheRedisAutomaticBackupsEnabled, [group], [node, standAlone, memcached])).toEqual(
      [
        ['cart', 'FAIL'],
        ['queue', 'PASS'],
      ],
    );
    expect(run(elasticacheRedisAutomaticBackupsEnabled, [group])[0]?.message).toContain(
      'Replication group cart has automatic backups off',
    );
  });

  it('passes the region without Redis OSS or Valkey, and is an ERROR when either slice is unreadable', () => {
    const memcached = elasticacheCacheCluster('sessions', { engine: 'memcached' });
    expect(run(elasticacheRedisAutomaticBackupsEnabled, [], [memcached])).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'elasticache.replicationGroups', [])
      .regionalError(
        'us-east-1',
        'elasticache.cacheClusters',
        'Throttling',
        'elasticache:DescribeCacheClusters',
      )
      .build();
    expect(evaluate(elasticacheRedisAutomaticBackupsEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'Throttling' },
    ]);
  });
});

describe('elasticache-replication-group-redis-auth-enabled', () => {
  it('judges Redis OSS groups before 6.0 by their AUTH token, from their members engine version', () => {
    const old = elasticacheReplicationGroup('legacy', {
      authTokenEnabled: false,
      memberClusters: ['legacy-001'],
    });
    const oldWithAuth = elasticacheReplicationGroup('guarded', { memberClusters: ['guarded-001'] });
    const modern = elasticacheReplicationGroup('cart', {
      authTokenEnabled: false,
      memberClusters: ['cart-001'],
    });
    const clusters = [
      member('legacy', '001', '5.0.6'),
      member('guarded', '001', '4.0.10'),
      member('cart', '001', '6.2'),
    ];
    expect(
      statuses(elasticacheReplicationGroupRedisAuthEnabled, [old, oldWithAuth, modern], clusters),
    ).toEqual([
      ['legacy', 'FAIL'],
      ['guarded', 'PASS'],
    ]);
    expect(run(elasticacheReplicationGroupRedisAuthEnabled, [old], clusters)[0]).toMatchObject({
      message: expect.stringContaining('Redis OSS 5.0.6'),
      evidence: { version: '5.0.6' },
    });
  });

  it('passes the region when every group is on 6.0 or later, or on Valkey', () => {
    const valkey = elasticacheReplicationGroup('queue', { engine: 'valkey', authTokenEnabled: false });
    const modern = elasticacheReplicationGroup('cart', {
      authTokenEnabled: false,
      memberClusters: ['cart-001'],
    });
    expect(
      run(elasticacheReplicationGroupRedisAuthEnabled, [valkey, modern], [member('cart', '001', '7.1')]),
    ).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('is MANUAL when no member reports the engine version', () => {
    const orphan = elasticacheReplicationGroup('orphan', { memberClusters: ['gone-001'] });
    expect(run(elasticacheReplicationGroupRedisAuthEnabled, [orphan])).toMatchObject([
      { status: 'MANUAL', resourceType: 'AwsElastiCacheReplicationGroup' },
    ]);
  });
});
