import { cloudwatchCloudtrailChangesMonitored } from './cloudwatch-cloudtrail-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchCloudtrailChangesMonitored, {
  controlId: '5.5',
  equivalent: '{ $.eventName = StopLogging || $.eventName = StartLogging || $.eventName = *Trail }',
  narrower:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }',
});
