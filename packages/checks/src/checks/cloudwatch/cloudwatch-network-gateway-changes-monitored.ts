import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchNetworkGatewayChangesMonitored = monitoringCheck({
  id: 'cloudwatch-network-gateway-changes-monitored',
  title: 'Network gateway changes are monitored and alarmed',
  controlId: '5.12',
  severity: 'low',
});
