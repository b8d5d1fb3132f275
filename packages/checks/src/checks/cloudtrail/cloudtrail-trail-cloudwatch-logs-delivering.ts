import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachAccountTrail } from './each-account-trail.js';

const HOUR_MS = 60 * 60 * 1000;
/** A trail that has not delivered for a day is broken (CloudTrail delivers within minutes of activity). */
const MAX_SILENCE_MS = 24 * HOUR_MS;

export const cloudtrailTrailCloudwatchLogsDelivering = defineCheck({
  id: 'cloudtrail-trail-cloudwatch-logs-delivering',
  title: 'CloudTrail trails deliver to CloudWatch Logs',
  service: 'cloudtrail',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudtrail.trails'],
  compliance: { 'account-checklist': ['12'], 'aws-fsbp': ['CloudTrail.5'] },
  remediation: {
    text:
      'Send the trail to a CloudWatch Logs group (with a role CloudTrail can assume to write to it) so metric ' +
      'filters and subscriptions can act on events; when delivery stopped, check the role and the log group.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  evaluate(ctx) {
    return eachAccountTrail(ctx, (trail, resource) => {
      if (!trail.cloudWatchLogsLogGroupArn) {
        return fail(resource, `Trail ${trail.name} does not send its events to CloudWatch Logs.`);
      }
      const evidence = { logGroupArn: trail.cloudWatchLogsLogGroupArn };
      const delivered = trail.latestCloudWatchLogsDeliveryTime;
      const at = delivered === null ? Number.NaN : Date.parse(delivered);
      if (Number.isNaN(at)) {
        return fail(resource, `Trail ${trail.name} has never delivered to CloudWatch Logs.`, evidence);
      }
      const silentMs = ctx.now.getTime() - at;
      const silentHours = Math.floor(silentMs / HOUR_MS);
      if (silentMs > MAX_SILENCE_MS) {
        return fail(
          resource,
          `Trail ${trail.name} last delivered to CloudWatch Logs ${silentHours} hours ago: delivery is broken.`,
          { ...evidence, hoursSinceDelivery: silentHours },
        );
      }
      const when =
        silentHours === 0
          ? 'less than an hour ago'
          : `${silentHours} hour${silentHours === 1 ? '' : 's'} ago`;
      return pass(resource, `Trail ${trail.name} delivers to CloudWatch Logs (last delivery ${when}).`, {
        ...evidence,
        hoursSinceDelivery: silentHours,
      });
    });
  },
});
