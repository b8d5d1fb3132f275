import { cloudwatchRootUsageMonitored } from './cloudwatch-root-usage-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchRootUsageMonitored, {
  controlId: '5.3',
  equivalent:
    '{ $.eventType != AwsServiceEvent && $.userIdentity.invokedBy NOT EXISTS && $.userIdentity.type = Root }',
  narrower:
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" && $.eventName = "ConsoleLogin" }',
});
