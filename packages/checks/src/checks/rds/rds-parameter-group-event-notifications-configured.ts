import { defineCheck } from '../../model/check-definition.js';
import { eventSubscriptionCoverage } from './rds-event-subscription-coverage.js';

const CATEGORIES: readonly string[] = ['configuration change'];

/** FSBP RDS.21: where RDS event subscriptions exist, one enabled subscription covers db-parameter-group events of these categories. */
export const rdsParameterGroupEventNotificationsConfigured = defineCheck({
  id: 'rds-parameter-group-event-notifications-configured',
  title: 'Existing RDS event subscriptions notify of critical DB parameter group events',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.eventSubscriptions'],
  compliance: { 'aws-fsbp': ['RDS.21'] },
  remediation: {
    text: `Subscribe to the ${CATEGORIES.join(', ')} events of DB parameter groups (source type db-parameter-group) with an SNS topic someone watches.`,
    cli: `aws rds create-event-subscription --subscription-name db-parameter-group-events --sns-topic-arn <topic-arn> --source-type db-parameter-group --event-categories ${CATEGORIES.map((category) => `"${category}"`).join(' ')}`,
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  evaluate(ctx) {
    return eventSubscriptionCoverage(
      ctx.scopeResource,
      ctx.region,
      ctx.slice('rds.eventSubscriptions'),
      'db-parameter-group',
      CATEGORIES,
    );
  },
});
