import { cloudwatchNetworkGatewayChangesMonitored } from './cloudwatch-network-gateway-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchNetworkGatewayChangesMonitored, {
  controlId: '5.12',
  equivalent: '{ $.eventName = *CustomerGateway || $.eventName = *InternetGateway }',
  narrower: '{ $.eventName = *InternetGateway }',
});
