import { defineCheck } from '../../model/check-definition.js';
import { eventSubscriptionCoverage } from './rds-event-subscription-coverage.js';

const CATEGORIES: readonly string[] = ['configuration change', 'failure'];

/** FSBP RDS.22: where RDS event subscriptions exist, one enabled subscription covers db-security-group events of these categories. */
export const rdsSecurityGroupEventNotificationsConfigured = defineCheck({
  id: 'rds-security-group-event-notifications-configured',
  title: 'Existing RDS event subscriptions notify of critical DB security group events',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.eventSubscriptions'],
  compliance: { 'aws-fsbp': ['RDS.22'] },
  remediation: {
    text: `Subscribe to the ${CATEGORIES.join(', ')} events of DB security groups (source type db-security-group) with an SNS topic someone watches.`,
    cli: `aws rds create-event-subscription --subscription-name db-security-group-events --sns-topic-arn <topic-arn> --source-type db-security-group --event-categories ${CATEGORIES.map((category) => `"${category}"`).join(' ')}`,
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  evaluate(ctx) {
    return eventSubscriptionCoverage(
      ctx.scopeResource,
      ctx.region,
      ctx.slice('rds.eventSubscriptions'),
      'db-security-group',
      CATEGORIES,
    );
  },
});
