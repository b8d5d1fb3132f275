import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachCluster } from './eks-cluster-results.js';

/** The date part of an ISO 8601 timestamp, for messages. */
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'a date EKS does not give');

/**
 * FSBP EKS.2: the cluster runs a Kubernetes version in standard support, as the EKS release calendar of the
 * region says it today (DescribeClusterVersions), not a version threshold frozen in the code. A version in
 * extended support fails too, as Security Hub now judges it: it is past the end of its standard support,
 * billed extra, and has a fixed end. A version EKS no longer lists is not supported.
 */
export const eksClusterVersionSupported = defineCheck({
  id: 'eks-cluster-version-supported',
  title: 'EKS clusters run a supported Kubernetes version',
  service: 'eks',
  severity: 'high',
  scope: 'regional',
  requires: ['eks.clusters'],
  compliance: { 'aws-fsbp': ['EKS.2'] },
  remediation: {
    text: 'Upgrade the cluster’s control plane one minor version at a time to a version in standard support, then its nodes and add-ons.',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-version>',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  evaluate(ctx) {
    return eachCluster(ctx, (cluster, settings, resource) => {
      const { version } = settings;
      const standing = cluster.versionSupport;
      if (!standing.ok) {
        return unreadableField(resource, standing, `the support status of Kubernetes ${version}`);
      }
      const support = standing.value;
      const evidence = {
        version,
        supportStatus: support?.status ?? 'NOT_LISTED',
        endOfStandardSupport: support?.endOfStandardSupport ?? null,
        endOfExtendedSupport: support?.endOfExtendedSupport ?? null,
      };
      if (support === null) {
        return fail(
          resource,
          `Cluster ${cluster.name} runs Kubernetes ${version}, which EKS no longer lists: it is out of support.`,
          evidence,
        );
      }
      switch (support.status) {
        case 'STANDARD_SUPPORT':
          return pass(
            resource,
            `Cluster ${cluster.name} runs Kubernetes ${version}, in standard support until ${day(support.endOfStandardSupport)}.`,
            evidence,
          );
        case 'EXTENDED_SUPPORT':
          return fail(
            resource,
            `Cluster ${cluster.name} runs Kubernetes ${version}, past its standard support (ended ${day(support.endOfStandardSupport)}); extended support ends ${day(support.endOfExtendedSupport)}.`,
            evidence,
          );
        case 'UNSUPPORTED':
          return fail(
            resource,
            `Cluster ${cluster.name} runs Kubernetes ${version}, which EKS no longer supports.`,
            evidence,
          );
      }
    });
  },
});
