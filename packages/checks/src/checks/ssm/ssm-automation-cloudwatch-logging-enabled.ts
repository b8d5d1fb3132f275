import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP SSM.6: Systems Manager Automation sends the output of the scripts its runbooks run to CloudWatch Logs
 * (service setting /ssm/automation/customer-script-log-destination is CloudWatch).
 */
export const ssmAutomationCloudwatchLoggingEnabled = defineCheck({
  id: 'ssm-automation-cloudwatch-logging-enabled',
  title: 'SSM Automation logs to CloudWatch Logs in every region',
  service: 'ssm',
  severity: 'medium',
  scope: 'regional',
  requires: ['ssm.serviceSettings'],
  compliance: { 'aws-fsbp': ['SSM.6'] },
  remediation: {
    text: 'Send Automation script output to CloudWatch Logs in the region (optionally naming the log group).',
    cli: 'aws ssm update-service-setting --setting-id /ssm/automation/customer-script-log-destination --setting-value CloudWatch',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-action-logging.html',
  },
  evaluate(ctx) {
    const setting = ctx.slice('ssm.serviceSettings').automationLogDestination;
    if (!setting.ok) return [unreadableField(ctx.scopeResource, setting, 'the Automation log destination')];
    const evidence = { customerScriptLogDestination: setting.value };
    return setting.value === 'CloudWatch'
      ? [pass(ctx.scopeResource, `SSM Automation logs to CloudWatch Logs in ${ctx.region}.`, evidence)]
      : [
          fail(
            ctx.scopeResource,
            `SSM Automation does not log to CloudWatch Logs in ${ctx.region} (${setting.value || 'not set'}).`,
            evidence,
          ),
        ];
  },
});
