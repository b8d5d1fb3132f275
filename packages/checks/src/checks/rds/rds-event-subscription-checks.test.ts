import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { RdsEventSubscription } from '../../inventory/rds.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { rdsClusterEventNotificationsConfigured } from './rds-cluster-event-notifications-configured.js';
import { rdsInstanceEventNotificationsConfigured } from './rds-instance-event-notifications-configured.js';
import { rdsParameterGroupEventNotificationsConfigured } from './rds-parameter-group-event-notifications-configured.js';
import { rdsSecurityGroupEventNotificationsConfigured } from './rds-security-group-event-notifications-configured.js';

function subscription(name: string, fields: Partial<RdsEventSubscription> = {}): RdsEventSubscription {
  return {
    arn: `arn:aws:rds:us-east-1:111111111111:es:${name}`,
    name,
    enabled: true,
    sourceType: null,
    eventCategories: [],
    sourceIds: [],
    ...fields,
  };
}

const run = (check: CheckDefinition, ...subscriptions: RdsEventSubscription[]) =>
  evaluate(
    check,
    new InventoryBuilder().regional('us-east-1', 'rds.eventSubscriptions', subscriptions).build(),
  );

const CHECKS = [
  [rdsClusterEventNotificationsConfigured, 'db-cluster', ['maintenance', 'failure']],
  [
    rdsInstanceEventNotificationsConfigured,
    'db-instance',
    ['maintenance', 'configuration change', 'failure'],
  ],
  [rdsParameterGroupEventNotificationsConfigured, 'db-parameter-group', ['configuration change']],
  [rdsSecurityGroupEventNotificationsConfigured, 'db-security-group', ['configuration change', 'failure']],
] as const;

describe.each(CHECKS)('%s', (check, sourceType, categories) => {
  it('passes a region without event subscriptions: AWS judges existing subscriptions only', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes on a subscription to the source type with exactly the critical categories, naming it', () => {
    const exact = subscription('exact', { sourceType, eventCategories: [...categories] });
    expect(run(check, subscription('other', { sourceType: 'db-snapshot' }), exact)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', evidence: { subscription: 'exact' } },
    ]);
  });

  it('passes on a subscription to every category, or to every source type', () => {
    expect(run(check, subscription('all-categories', { sourceType }))).toMatchObject([{ status: 'PASS' }]);
    expect(run(check, subscription('everything'))).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails when a category is missing, the source type differs or the subscription is disabled', () => {
    const partial = subscription('partial', {
      sourceType,
      eventCategories: [...categories.slice(0, -1), 'notification'],
    });
    const otherType = subscription('snapshots', { sourceType: 'db-snapshot' });
    const disabled = subscription('disabled', { enabled: false });
    const findings = run(check, partial, otherType, disabled);
    expect(findings).toMatchObject([
      { status: 'FAIL', evidence: { subscriptions: ['partial', 'snapshots', 'disabled'] } },
    ]);
    expect(findings[0]?.message).toContain(`${sourceType} ${categories.join(', ')}`);
  });

  it('is an ERROR when the subscriptions cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'rds.eventSubscriptions', 'AccessDenied', 'rds:DescribeEventSubscriptions')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

// Only checks that need two or more categories can be half-covered by two subscriptions.
describe.each(CHECKS.filter(([, , categories]) => categories.length >= 2))(
  '%s with its categories split across subscriptions',
  (check, sourceType, categories) => {
    it('does not add up categories of two subscriptions', () => {
      const halves = categories.map((category) =>
        subscription(`only-${category.replace(' ', '-')}`, { sourceType, eventCategories: [category] }),
      );
      expect(run(check, ...halves)).toMatchObject([{ status: 'FAIL' }]);
    });
  },
);
