import { cloudwatchNaclChangesMonitored } from './cloudwatch-nacl-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchNaclChangesMonitored, {
  controlId: '5.11',
  equivalent: '{ $.eventName = *NetworkAcl* }',
  narrower: '{ $.eventName = CreateNetworkAcl* }',
});
