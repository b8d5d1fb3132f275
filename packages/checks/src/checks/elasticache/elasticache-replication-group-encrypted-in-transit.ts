import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { elasticacheReplicationGroupResource } from './elasticache-resources.js';

/** FSBP ElastiCache.5: replication groups accept TLS connections only (TransitEncryptionEnabled). */
export const elasticacheReplicationGroupEncryptedInTransit = defineCheck({
  id: 'elasticache-replication-group-encrypted-in-transit',
  title: 'ElastiCache replication groups are encrypted in transit',
  service: 'elasticache',
  severity: 'medium',
  scope: 'regional',
  requires: ['elasticache.replicationGroups'],
  compliance: { 'aws-fsbp': ['ElastiCache.5'] },
  remediation: {
    text: 'Turn on in-transit encryption (first in preferred mode, then required once every client uses TLS).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('elasticache.replicationGroups');
    if (groups.length === 0) {
      return [pass(ctx.scopeResource, `No ElastiCache replication group in ${ctx.region}.`)];
    }
    return groups.map((group) =>
      group.transitEncryptionEnabled
        ? pass(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} encrypts connections in transit.`,
          )
        : fail(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} is not encrypted in transit.`,
          ),
    );
  },
});
