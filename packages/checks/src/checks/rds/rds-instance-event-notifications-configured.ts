import { defineCheck } from '../../model/check-definition.js';
import { eventSubscriptionCoverage } from './rds-event-subscription-coverage.js';

const CATEGORIES: readonly string[] = ['maintenance', 'configuration change', 'failure'];

/** FSBP RDS.20: where RDS event subscriptions exist, one enabled subscription covers db-instance events of these categories. */
export const rdsInstanceEventNotificationsConfigured = defineCheck({
  id: 'rds-instance-event-notifications-configured',
  title: 'Existing RDS event subscriptions notify of critical DB instance events',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.eventSubscriptions'],
  compliance: { 'aws-fsbp': ['RDS.20'] },
  remediation: {
    text: `Subscribe to the ${CATEGORIES.join(', ')} events of DB instances (source type db-instance) with an SNS topic someone watches.`,
    cli: `aws rds create-event-subscription --subscription-name db-instance-events --sns-topic-arn <topic-arn> --source-type db-instance --event-categories ${CATEGORIES.map((category) => `"${category}"`).join(' ')}`,
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  evaluate(ctx) {
    return eventSubscriptionCoverage(
      ctx.scopeResource,
      ctx.region,
      ctx.slice('rds.eventSubscriptions'),
      'db-instance',
      CATEGORIES,
    );
  },
});
