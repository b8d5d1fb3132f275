import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchIamPolicyChangesMonitored = monitoringCheck({
  id: 'cloudwatch-iam-policy-changes-monitored',
  title: 'IAM policy changes are monitored and alarmed',
  controlId: '5.4',
  severity: 'medium',
});
