import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachCluster } from './eks-cluster-results.js';

/**
 * FSBP EKS.8 (AWS Config eks-cluster-log-enabled with logTypes "audit"): PASS needs the control plane's
 * audit log type enabled. The other log types are not judged.
 */
export const eksClusterAuditLoggingEnabled = defineCheck({
  id: 'eks-cluster-audit-logging-enabled',
  title: 'EKS clusters send control plane audit logs to CloudWatch Logs',
  service: 'eks',
  severity: 'medium',
  scope: 'regional',
  requires: ['eks.clusters'],
  compliance: { 'aws-fsbp': ['EKS.8'] },
  remediation: {
    text: 'Enable the audit control plane log type for the cluster.',
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["audit"],"enabled":true}]}\'',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  },
  evaluate(ctx) {
    return eachCluster(ctx, (cluster, settings, resource) => {
      const evidence = { enabledLogTypes: settings.enabledLogTypes };
      return settings.enabledLogTypes.includes('audit')
        ? pass(resource, `Cluster ${cluster.name} sends audit logs to CloudWatch Logs.`, evidence)
        : fail(resource, `Cluster ${cluster.name} does not send audit logs to CloudWatch Logs.`, evidence);
    });
  },
});
