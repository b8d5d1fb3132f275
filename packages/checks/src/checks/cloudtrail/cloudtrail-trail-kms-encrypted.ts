import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachAccountTrail } from './each-account-trail.js';

export const cloudtrailTrailKmsEncrypted = defineCheck({
  id: 'cloudtrail-trail-kms-encrypted',
  title: 'CloudTrail logs are encrypted with a KMS key',
  service: 'cloudtrail',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudtrail.trails'],
  compliance: { 'cis-aws-7.0.0': ['4.5'], 'account-checklist': ['11'], 'aws-fsbp': ['CloudTrail.2'] },
  remediation: {
    text:
      'Encrypt the trail with a customer managed KMS key (SSE-KMS) whose policy lets CloudTrail encrypt and ' +
      'only log readers decrypt.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  evaluate(ctx) {
    return eachAccountTrail(ctx, (trail, resource) =>
      trail.kmsKeyId
        ? pass(resource, `Trail ${trail.name} encrypts its logs with KMS key ${trail.kmsKeyId}.`, {
            kmsKeyId: trail.kmsKeyId,
          })
        : fail(
            resource,
            `Trail ${trail.name} logs are not encrypted with a KMS key (S3-managed encryption only).`,
          ),
    );
  },
});
