import { defineCheck } from '../../model/check-definition.js';
import { s3DataEventsVerdict } from './s3-data-events.js';

export const cloudtrailS3ObjectReadsLogged = defineCheck({
  id: 'cloudtrail-s3-object-reads-logged',
  title: 'S3 object-level read events are logged by a multi-region trail',
  service: 'cloudtrail',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudtrail.trails'],
  orgRequires: ['cloudtrail.trails'],
  compliance: { 'cis-aws-7.0.0': ['4.9'], 'account-checklist': ['11'] },
  remediation: {
    text:
      'Add an S3 data event selector for all buckets (AWS::S3::Object, read or all events) to a multi-region ' +
      'trail, or to the organization trail.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"ReadOnly","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]\'',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  },
  evaluate: (ctx) => s3DataEventsVerdict(ctx, 'read'),
});
