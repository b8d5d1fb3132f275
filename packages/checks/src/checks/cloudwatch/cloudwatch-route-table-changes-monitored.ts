import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchRouteTableChangesMonitored = monitoringCheck({
  id: 'cloudwatch-route-table-changes-monitored',
  title: 'Route table changes are monitored and alarmed',
  controlId: '5.13',
  severity: 'low',
});
