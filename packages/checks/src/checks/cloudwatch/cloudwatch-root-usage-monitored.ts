import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchRootUsageMonitored = monitoringCheck({
  id: 'cloudwatch-root-usage-monitored',
  title: 'Use of the root user is monitored and alarmed',
  controlId: '5.3',
  severity: 'high',
});
