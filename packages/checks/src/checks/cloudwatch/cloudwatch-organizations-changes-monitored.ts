import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchOrganizationsChangesMonitored = monitoringCheck({
  id: 'cloudwatch-organizations-changes-monitored',
  title: 'AWS Organizations changes are monitored and alarmed',
  controlId: '5.15',
  severity: 'medium',
});
