import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

const AUDIT_LOGS = 'AUDIT_LOGS';

/**
 * FSBP Opensearch.5 and ES.5 (same rule, same domains): PASS needs audit logs (AUDIT_LOGS) published to
 * CloudWatch Logs. Which log group is not judged: Security Hub leaves that parameter empty.
 */
export const opensearchDomainAuditLoggingEnabled = defineCheck({
  id: 'opensearch-domain-audit-logging-enabled',
  title: 'OpenSearch domains publish audit logs',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.5', 'ES.5'] },
  remediation: {
    text: 'Enable fine-grained access control (audit logs need it), then publish AUDIT_LOGS to a CloudWatch Logs log group.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.logsToCloudWatch.includes(AUDIT_LOGS)
        ? pass(resource, `Domain ${domain.name} publishes audit logs.`)
        : fail(resource, `Domain ${domain.name} does not publish audit logs.`, {
            logsToCloudWatch: config.logsToCloudWatch,
          }),
    );
  },
});
