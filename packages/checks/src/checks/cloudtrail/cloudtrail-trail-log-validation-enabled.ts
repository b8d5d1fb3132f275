import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachAccountTrail } from './each-account-trail.js';

export const cloudtrailTrailLogValidationEnabled = defineCheck({
  id: 'cloudtrail-trail-log-validation-enabled',
  title: 'CloudTrail log file validation is enabled',
  service: 'cloudtrail',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudtrail.trails'],
  compliance: { 'cis-aws-7.0.0': ['4.2'], 'account-checklist': ['11'], 'aws-fsbp': ['CloudTrail.4'] },
  remediation: {
    text: 'Enable log file validation on the trail so that tampering with delivered log files can be detected.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  },
  evaluate(ctx) {
    return eachAccountTrail(ctx, (trail, resource) =>
      trail.logFileValidationEnabled
        ? pass(resource, `Trail ${trail.name} validates its log files (digest files are delivered).`)
        : fail(
            resource,
            `Trail ${trail.name} does not validate its log files: tampering would go unnoticed.`,
          ),
    );
  },
});
