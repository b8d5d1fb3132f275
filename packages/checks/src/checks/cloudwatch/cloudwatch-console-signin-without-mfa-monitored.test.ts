import { cloudwatchConsoleSigninWithoutMfaMonitored } from './cloudwatch-console-signin-without-mfa-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchConsoleSigninWithoutMfaMonitored, {
  controlId: '5.2',
  equivalent: '{$.additionalEventData.MFAUsed!=Yes&&$.eventName=ConsoleLogin}',
  narrower:
    '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
});
