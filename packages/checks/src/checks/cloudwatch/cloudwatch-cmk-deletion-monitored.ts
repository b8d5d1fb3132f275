import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchCmkDeletionMonitored = monitoringCheck({
  id: 'cloudwatch-cmk-deletion-monitored',
  title: 'Disabling or scheduled deletion of KMS keys is monitored and alarmed',
  controlId: '5.7',
  severity: 'medium',
});
