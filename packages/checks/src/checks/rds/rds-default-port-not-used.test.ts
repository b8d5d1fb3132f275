import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, rdsCluster, rdsInstance } from '../../fixtures/index.js';
import type { RdsCluster, RdsInstance } from '../../inventory/rds.js';
import { rdsDefaultPortNotUsed } from './rds-default-port-not-used.js';

function run(instances: RdsInstance[], clusters: RdsCluster[]) {
  return evaluate(
    rdsDefaultPortNotUsed,
    new InventoryBuilder()
      .regional('us-east-1', 'rds.instances', instances)
      .regional('us-east-1', 'rds.clusters', clusters)
      .build(),
  );
}

const statuses = (instances: RdsInstance[], clusters: RdsCluster[]) =>
  run(instances, clusters).map((f) => [f.resourceId.split(':').pop(), f.status]);

describe('rds-default-port-not-used', () => {
  it('passes the region without stand-alone instances or clusters', () => {
    expect(run([], [])).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it.each([
    ['mysql', 3306],
    ['mariadb', 3306],
    ['postgres', 5432],
    ['oracle-ee-cdb', 1521],
    ['sqlserver-web', 1433],
    ['db2-se', 50000],
  ])('fails a %s instance on %i and passes one on another port', (engine, port) => {
    const onDefault = rdsInstance('default', { engine, port });
    const moved = rdsInstance('moved', { engine, port: port + 1 });
    expect(statuses([onDefault, moved], [])).toEqual([
      ['default', 'FAIL'],
      ['moved', 'PASS'],
    ]);
    expect(run([onDefault], [])[0]).toMatchObject({
      resourceType: 'AwsRdsDbInstance',
      message: `DB instance default listens on ${engine}'s default port ${port}.`,
      evidence: { port, engineDefault: port },
    });
  });

  it('judges clusters, and leaves their members, Neptune and instances without a port alone', () => {
    const member = rdsInstance('shop-1', { engine: 'aurora-mysql', clusterIdentifier: 'shop', port: 3306 });
    const creating = rdsInstance('new', { engine: 'mysql', port: null });
    const shop = rdsCluster('shop', { port: 3306 });
    const reporting = rdsCluster('reporting', { engine: 'aurora-postgresql', port: 15432 });
    const graph = rdsCluster('graph', { engine: 'neptune', port: 8182 });
    expect(statuses([member, creating], [shop, reporting, graph])).toEqual([
      ['shop', 'FAIL'],
      ['reporting', 'PASS'],
    ]);
    expect(run([], [shop])[0]).toMatchObject({ resourceType: 'AwsRdsDbCluster' });
  });

  it('is an ERROR when either slice cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'rds.instances', [rdsInstance('billing')])
      .regionalError('us-east-1', 'rds.clusters', 'AccessDenied', 'rds:DescribeDBClusters')
      .build();
    expect(evaluate(rdsDefaultPortNotUsed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
