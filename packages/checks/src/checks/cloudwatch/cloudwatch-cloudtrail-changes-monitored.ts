import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchCloudtrailChangesMonitored = monitoringCheck({
  id: 'cloudwatch-cloudtrail-changes-monitored',
  title: 'CloudTrail configuration changes are monitored and alarmed',
  controlId: '5.5',
  severity: 'high',
});
