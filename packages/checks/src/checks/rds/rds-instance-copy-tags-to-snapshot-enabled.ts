import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** FSBP RDS.17: DB instances copy their tags to the snapshots taken of them. */
export const rdsInstanceCopyTagsToSnapshotEnabled = defineCheck({
  id: 'rds-instance-copy-tags-to-snapshot-enabled',
  title: 'RDS DB instances copy tags to snapshots',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.17'] },
  remediation: {
    text: "Turn on copying tags to snapshots so a snapshot keeps its instance's owner and classification tags, and tag-based access rules.",
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --copy-tags-to-snapshot --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) =>
      instance.copyTagsToSnapshot
        ? pass(rdsInstanceResource(instance), `DB instance ${instance.identifier} copies tags to snapshots.`)
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} does not copy its tags to snapshots.`,
          ),
    );
  },
});
