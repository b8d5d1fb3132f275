import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { elasticacheReplicationGroupResource } from './elasticache-resources.js';

/** FSBP ElastiCache.4: replication groups encrypt their data at rest (disks, snapshots). */
export const elasticacheReplicationGroupEncryptedAtRest = defineCheck({
  id: 'elasticache-replication-group-encrypted-at-rest',
  title: 'ElastiCache replication groups are encrypted at rest',
  service: 'elasticache',
  severity: 'medium',
  scope: 'regional',
  requires: ['elasticache.replicationGroups'],
  compliance: { 'aws-fsbp': ['ElastiCache.4'] },
  remediation: {
    text: 'Encryption at rest is set when the group is created: create an encrypted group from a backup of this one and switch to it.',
    cli: 'aws elasticache create-replication-group --replication-group-id <group>-encrypted --replication-group-description <text> --snapshot-name <backup> --at-rest-encryption-enabled',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('elasticache.replicationGroups');
    if (groups.length === 0) {
      return [pass(ctx.scopeResource, `No ElastiCache replication group in ${ctx.region}.`)];
    }
    return groups.map((group) =>
      group.atRestEncryptionEnabled
        ? pass(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} is encrypted at rest.`,
          )
        : fail(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} is not encrypted at rest.`,
          ),
    );
  },
});
