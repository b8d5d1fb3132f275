import { monitoringCheck } from './monitoring-chain.js';

export const cloudwatchS3BucketPolicyChangesMonitored = monitoringCheck({
  id: 'cloudwatch-s3-bucket-policy-changes-monitored',
  title: 'S3 bucket policy changes are monitored and alarmed',
  controlId: '5.8',
  severity: 'medium',
});
