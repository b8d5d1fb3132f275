import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchConsoleSigninWithoutMfaMonitored = monitoringCheck({
  id: 'cloudwatch-console-signin-without-mfa-monitored',
  title: 'Console sign-in without MFA is monitored and alarmed',
  controlId: '5.2',
  severity: 'medium',
});
