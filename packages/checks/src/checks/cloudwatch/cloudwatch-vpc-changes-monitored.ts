import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchVpcChangesMonitored = monitoringCheck({
  id: 'cloudwatch-vpc-changes-monitored',
  title: 'VPC changes are monitored and alarmed',
  controlId: '5.14',
  severity: 'low',
});
