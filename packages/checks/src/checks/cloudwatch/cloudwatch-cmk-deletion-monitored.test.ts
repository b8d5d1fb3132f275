import { cloudwatchCmkDeletionMonitored } from './cloudwatch-cmk-deletion-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchCmkDeletionMonitored, {
  controlId: '5.7',
  equivalent: '{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }',
  narrower: '{ $.eventSource = kms.amazonaws.com && $.eventName = DisableKey }',
});
