import { defineCheck } from '../../model/check-definition.js';
import { eventSubscriptionCoverage } from './rds-event-subscription-coverage.js';

const CATEGORIES: readonly string[] = ['maintenance', 'failure'];

/** FSBP RDS.19: where RDS event subscriptions exist, one enabled subscription covers db-cluster events of these categories. */
export const rdsClusterEventNotificationsConfigured = defineCheck({
  id: 'rds-cluster-event-notifications-configured',
  title: 'Existing RDS event subscriptions notify of critical DB cluster events',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.eventSubscriptions'],
  compliance: { 'aws-fsbp': ['RDS.19'] },
  remediation: {
    text: `Subscribe to the ${CATEGORIES.join(', ')} events of DB clusters (source type db-cluster) with an SNS topic someone watches.`,
    cli: `aws rds create-event-subscription --subscription-name db-cluster-events --sns-topic-arn <topic-arn> --source-type db-cluster --event-categories ${CATEGORIES.map((category) => `"${category}"`).join(' ')}`,
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  evaluate(ctx) {
    return eventSubscriptionCoverage(
      ctx.scopeResource,
      ctx.region,
      ctx.slice('rds.eventSubscriptions'),
      'db-cluster',
      CATEGORIES,
    );
  },
});
