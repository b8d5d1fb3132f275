import { cloudwatchOrganizationsChangesMonitored } from './cloudwatch-organizations-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchOrganizationsChangesMonitored, {
  controlId: '5.15',
  equivalent: '{ $.eventSource = organizations.amazonaws.com }',
  narrower: '{ $.eventSource = organizations.amazonaws.com && $.eventName = CreateAccount }',
});
