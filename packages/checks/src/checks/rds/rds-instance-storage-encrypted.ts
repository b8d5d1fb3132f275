import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

export const rdsInstanceStorageEncrypted = defineCheck({
  id: 'rds-instance-storage-encrypted',
  title: 'RDS DB instances are encrypted at rest',
  service: 'rds',
  severity: 'high',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'cis-aws-7.0.0': ['3.2.1'], 'aws-fsbp': ['RDS.3'] },
  remediation: {
    text: 'Encryption cannot be turned on for an existing instance: snapshot it, copy the snapshot with encryption (a KMS key), restore a new instance from the copy and switch to it.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) =>
      instance.storageEncrypted
        ? pass(rdsInstanceResource(instance), `DB instance ${instance.identifier} is encrypted at rest.`)
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} (${instance.engine}) is not encrypted at rest.`,
          ),
    );
  },
});
