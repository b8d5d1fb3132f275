import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachCluster } from './eks-cluster-results.js';

/**
 * FSBP EKS.3 (AWS Config eks-secrets-encrypted, no key required): PASS needs an encryptionConfig whose
 * resources include "secrets", i.e. Kubernetes secrets envelope-encrypted with a KMS key.
 */
export const eksClusterSecretsEncrypted = defineCheck({
  id: 'eks-cluster-secrets-encrypted',
  title: 'EKS clusters envelope-encrypt Kubernetes secrets with a KMS key',
  service: 'eks',
  severity: 'medium',
  scope: 'regional',
  requires: ['eks.clusters'],
  compliance: { 'aws-fsbp': ['EKS.3'] },
  remediation: {
    text: 'Associate a KMS key with the cluster to encrypt its Kubernetes secrets (this cannot be undone).',
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<kms-key-arn>"}}]\'',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
  },
  evaluate(ctx) {
    return eachCluster(ctx, (cluster, settings, resource) =>
      settings.secretsKmsKeyArn
        ? pass(resource, `Cluster ${cluster.name} encrypts Kubernetes secrets with a KMS key.`, {
            keyArn: settings.secretsKmsKeyArn,
          })
        : fail(resource, `Cluster ${cluster.name} does not encrypt Kubernetes secrets with a KMS key.`),
    );
  },
});
