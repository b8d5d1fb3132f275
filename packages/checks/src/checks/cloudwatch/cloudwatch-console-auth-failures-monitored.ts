import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchConsoleAuthFailuresMonitored = monitoringCheck({
  id: 'cloudwatch-console-auth-failures-monitored',
  title: 'Console authentication failures are monitored and alarmed',
  controlId: '5.6',
  severity: 'low',
});
