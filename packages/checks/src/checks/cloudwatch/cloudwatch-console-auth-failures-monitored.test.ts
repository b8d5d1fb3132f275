import { cloudwatchConsoleAuthFailuresMonitored } from './cloudwatch-console-auth-failures-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchConsoleAuthFailuresMonitored, {
  controlId: '5.6',
  equivalent: '{ ($.errorMessage = "Failed authentication") && ($.eventName = ConsoleLogin) }',
  narrower:
    '{ $.eventName = ConsoleLogin && $.errorMessage = "Failed authentication" && $.userIdentity.type = IAMUser }',
});
