import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchNaclChangesMonitored = monitoringCheck({
  id: 'cloudwatch-nacl-changes-monitored',
  title: 'Network ACL changes are monitored and alarmed',
  controlId: '5.11',
  severity: 'low',
});
