import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** Each engine family's default port; engines without an entry (Neptune, DocumentDB) are not judged. */
function defaultPort(engine: string): number | null {
  if (engine.includes('oracle')) return 1521;
  if (engine.includes('sqlserver')) return 1433;
  if (engine.startsWith('db2')) return 50000;
  switch (engine) {
    case 'mysql':
    case 'mariadb':
    case 'aurora':
    case 'aurora-mysql':
      return 3306;
    case 'postgres':
    case 'aurora-postgresql':
      return 5432;
    default:
      return null;
  }
}

/**
 * FSBP RDS.23: stand-alone DB instances and DB clusters listen on a port other than their engine's default,
 * which every scanner tries first. Cluster members are judged through their cluster; an instance still being
 * created (no endpoint, no port yet) is judged once it has one.
 */
export const rdsDefaultPortNotUsed = defineCheck({
  id: 'rds-default-port-not-used',
  title: 'RDS DB instances and clusters do not use the engine default port',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances', 'rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.23'] },
  remediation: {
    text: 'Move the database to a port other than the engine default and update the security groups and clients that reach it.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --db-port-number <port> --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  evaluate(ctx) {
    const judged = [
      ...ctx
        .slice('rds.instances')
        .filter((instance) => instance.clusterIdentifier === null)
        .map((instance) => ({
          resource: rdsInstanceResource(instance),
          what: `DB instance ${instance.identifier}`,
          engine: instance.engine,
          port: instance.port,
        })),
      ...ctx.slice('rds.clusters').map((cluster) => ({
        resource: rdsClusterResource(cluster),
        what: `DB cluster ${cluster.identifier}`,
        engine: cluster.engine,
        port: cluster.port,
      })),
    ].flatMap((item) => {
      const engineDefault = defaultPort(item.engine);
      return engineDefault === null || item.port === null ? [] : [{ ...item, engineDefault }];
    });
    if (judged.length === 0) {
      return [pass(ctx.scopeResource, `No stand-alone RDS DB instance or DB cluster in ${ctx.region}.`)];
    }
    return judged.map(({ resource, what, engine, port, engineDefault }) => {
      const evidence = { port, engineDefault };
      return port === engineDefault
        ? fail(resource, `${what} listens on ${engine}'s default port ${port}.`, evidence)
        : pass(resource, `${what} listens on port ${port}, not ${engine}'s default.`, evidence);
    });
  },
});
