import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchUnauthorizedApiCallsMonitored = monitoringCheck({
  id: 'cloudwatch-unauthorized-api-calls-monitored',
  title: 'Unauthorized API calls are monitored and alarmed',
  controlId: '5.1',
  severity: 'medium',
});
