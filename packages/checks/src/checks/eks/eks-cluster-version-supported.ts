import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachCluster } from './eks-cluster-results.js';

/**
 * The oldest Kubernetes version FSBP EKS.2 accepts: the control's fixed eks:oldestVersionSupported
 * parameter as the catalog records it (AWS moves it with the EKS release calendar).
 */
export const OLDEST_SUPPORTED_EKS_VERSION = '1.22';

/** Compares Kubernetes "major.minor" versions numerically ("1.9" is older than "1.22"). */
function isOlder(version: string, than: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  const [oldestMajor = 0, oldestMinor = 0] = than.split('.').map((part) => Number.parseInt(part, 10));
  return major < oldestMajor || (major === oldestMajor && minor < oldestMinor);
}

/** FSBP EKS.2: PASS needs a Kubernetes version no older than the oldest version EKS still supports. */
export const eksClusterVersionSupported = defineCheck({
  id: 'eks-cluster-version-supported',
  title: 'EKS clusters run a supported Kubernetes version',
  service: 'eks',
  severity: 'high',
  scope: 'regional',
  requires: ['eks.clusters'],
  compliance: { 'aws-fsbp': ['EKS.2'] },
  remediation: {
    text: 'Upgrade the cluster’s control plane one minor version at a time to a supported version, then its nodes and add-ons.',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-version>',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  evaluate(ctx) {
    return eachCluster(ctx, (cluster, settings, resource) => {
      const evidence = { version: settings.version, oldestSupported: OLDEST_SUPPORTED_EKS_VERSION };
      return isOlder(settings.version, OLDEST_SUPPORTED_EKS_VERSION)
        ? fail(
            resource,
            `Cluster ${cluster.name} runs Kubernetes ${settings.version}, older than ${OLDEST_SUPPORTED_EKS_VERSION}, the oldest version EKS supports.`,
            evidence,
          )
        : pass(resource, `Cluster ${cluster.name} runs supported Kubernetes ${settings.version}.`, evidence);
    });
  },
});
