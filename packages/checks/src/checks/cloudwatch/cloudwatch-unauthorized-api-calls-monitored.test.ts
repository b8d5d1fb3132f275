import { cloudwatchUnauthorizedApiCallsMonitored } from './cloudwatch-unauthorized-api-calls-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchUnauthorizedApiCallsMonitored, {
  controlId: '5.1',
  equivalent:
    '{($.eventName!=HeadBucket)&&($.sourceIPAddress!=delivery.logs.amazonaws.com)&&($.errorCode=AccessDenied*||$.errorCode=*UnauthorizedOperation)}',
  narrower:
    '{ $.errorCode = "*UnauthorizedOperation" && $.sourceIPAddress != "delivery.logs.amazonaws.com" }',
});
