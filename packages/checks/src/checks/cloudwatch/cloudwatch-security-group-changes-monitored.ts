import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchSecurityGroupChangesMonitored = monitoringCheck({
  id: 'cloudwatch-security-group-changes-monitored',
  title: 'Security group changes are monitored and alarmed',
  controlId: '5.10',
  severity: 'medium',
});
