import { cloudwatchConfigChangesMonitored } from './cloudwatch-config-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchConfigChangesMonitored, {
  controlId: '5.9',
  equivalent: '{ ($.eventSource = config.amazonaws.com) }',
  narrower:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel)) }',
});
