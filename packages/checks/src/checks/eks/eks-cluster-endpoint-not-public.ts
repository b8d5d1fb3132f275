import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachCluster } from './eks-cluster-results.js';

/**
 * FSBP EKS.1: PASS needs resourcesVpcConfig.endpointPublicAccess false. As in AWS's evaluation, a public
 * endpoint restricted by publicAccessCidrs still fails: it is reachable from the internet.
 */
export const eksClusterEndpointNotPublic = defineCheck({
  id: 'eks-cluster-endpoint-not-public',
  title: 'EKS cluster API server endpoints are not publicly accessible',
  service: 'eks',
  severity: 'high',
  scope: 'regional',
  requires: ['eks.clusters'],
  compliance: { 'aws-fsbp': ['EKS.1'] },
  remediation: {
    text: 'Turn on private endpoint access and turn off public endpoint access, so the API server is reached only from the VPC.',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
  evaluate(ctx) {
    return eachCluster(ctx, (cluster, settings, resource) => {
      const evidence = { endpointPublicAccess: settings.endpointPublicAccess };
      return settings.endpointPublicAccess
        ? fail(resource, `Cluster ${cluster.name} has a public API server endpoint.`, evidence)
        : pass(resource, `Cluster ${cluster.name} has no public API server endpoint.`, evidence);
    });
  },
});
