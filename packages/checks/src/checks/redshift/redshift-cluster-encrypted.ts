import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.10: clusters encrypt their data with KMS (the rule's optional key parameter is not set). */
export const redshiftClusterEncrypted = defineCheck({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.10'] },
  remediation: {
    text: 'Turn on encryption with a KMS key; Redshift migrates the data to an encrypted cluster in place.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-encryption.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.encrypted
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} is encrypted at rest.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} is not encrypted at rest.`,
          ),
    );
  },
});
