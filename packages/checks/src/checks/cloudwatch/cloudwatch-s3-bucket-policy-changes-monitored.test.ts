import { cloudwatchS3BucketPolicyChangesMonitored } from './cloudwatch-s3-bucket-policy-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchS3BucketPolicyChangesMonitored, {
  controlId: '5.8',
  equivalent:
    '{ $.eventSource = s3.amazonaws.com && ($.eventName = PutBucket* || $.eventName = DeleteBucket*) }',
  narrower: '{ $.eventSource = s3.amazonaws.com && $.eventName = PutBucketPolicy }',
});
