import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, daysAgo, evaluate, FIXTURE_NOW, InventoryBuilder } from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { cloudtrailTrailCloudwatchLogsDelivering } from './cloudtrail-trail-cloudwatch-logs-delivering.js';

const hoursAgo = (hours: number) => new Date(FIXTURE_NOW.getTime() - hours * 60 * 60 * 1000).toISOString();
const judge = (trail: CloudTrailTrail) =>
  evaluate(
    cloudtrailTrailCloudwatchLogsDelivering,
    new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', [trail]).build(),
  );

describe('cloudtrail-trail-cloudwatch-logs-delivering', () => {
  it('passes a trail that delivered to CloudWatch Logs within the last day', () => {
    const [finding] = judge(cloudTrailTrail({ latestCloudWatchLogsDeliveryTime: hoursAgo(23) }));
    expect(finding).toMatchObject({ status: 'PASS', evidence: { hoursSinceDelivery: 23 } });
  });

  it('fails a trail that does not send to CloudWatch Logs', () => {
    const [finding] = judge(
      cloudTrailTrail({ cloudWatchLogsLogGroupArn: null, latestCloudWatchLogsDeliveryTime: null }),
    );
    expect(finding).toMatchObject({ status: 'FAIL', message: expect.stringContaining('does not send') });
  });

  it('fails a trail whose delivery stopped more than a day ago, or never happened', () => {
    expect(judge(cloudTrailTrail({ latestCloudWatchLogsDeliveryTime: daysAgo(3) }))).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining('72 hours ago'),
        evidence: { hoursSinceDelivery: 72 },
      },
    ]);
    expect(judge(cloudTrailTrail({ latestCloudWatchLogsDeliveryTime: hoursAgo(24.5) }))).toMatchObject([
      { status: 'FAIL' },
    ]);
    expect(judge(cloudTrailTrail({ latestCloudWatchLogsDeliveryTime: null }))).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('never delivered') },
    ]);
  });

  it('passes on the account when no trail is homed there', () => {
    const inventory = new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', []).build();
    expect(evaluate(cloudtrailTrailCloudwatchLogsDelivering, inventory)).toMatchObject([{ status: 'PASS' }]);
  });

  it('is an ERROR for a region whose trails could not be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'cloudtrail.trails', 'AccessDenied')
      .build();
    expect(evaluate(cloudtrailTrailCloudwatchLogsDelivering, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
