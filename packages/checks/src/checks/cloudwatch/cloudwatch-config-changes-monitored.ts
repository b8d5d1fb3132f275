import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchConfigChangesMonitored = monitoringCheck({
  id: 'cloudwatch-config-changes-monitored',
  title: 'AWS Config configuration changes are monitored and alarmed',
  controlId: '5.9',
  severity: 'medium',
});
