import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/** The log type OpenSearch publishes its error logs as. */
const ERROR_LOGS = 'ES_APPLICATION_LOGS';

/**
 * FSBP Opensearch.4 and ES.4 (same rule, same domains): PASS needs the error logs (ES_APPLICATION_LOGS)
 * published to a CloudWatch Logs log group.
 */
export const opensearchDomainErrorLogsToCloudwatch = defineCheck({
  id: 'opensearch-domain-error-logs-to-cloudwatch',
  title: 'OpenSearch domains publish their error logs to CloudWatch Logs',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.4', 'ES.4'] },
  remediation: {
    text: 'Publish the domain’s error logs to a CloudWatch Logs log group whose resource policy lets es.amazonaws.com write to it.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.logsToCloudWatch.includes(ERROR_LOGS)
        ? pass(resource, `Domain ${domain.name} publishes its error logs to CloudWatch Logs.`)
        : fail(resource, `Domain ${domain.name} does not publish its error logs to CloudWatch Logs.`, {
            logsToCloudWatch: config.logsToCloudWatch,
          }),
    );
  },
});
