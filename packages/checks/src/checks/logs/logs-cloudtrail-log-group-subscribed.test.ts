import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, FIXTURE_ORG, InventoryBuilder } from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { LogsLogGroupSubscriptions } from '../../inventory/logs.js';
import { logsCloudtrailLogGroupSubscribed } from './logs-cloudtrail-log-group-subscribed.js';

const MANAGEMENT = FIXTURE_ORG.managementAccountId!;
const subscribed = (logGroupName = 'cloudtrail-events'): LogsLogGroupSubscriptions => ({
  logGroupName,
  logGroupExists: true,
  filters: [{ filterName: 'to-siem', destinationArn: 'arn:aws:lambda:us-east-1:111111111111:function:siem' }],
});
const unsubscribed = (logGroupName = 'cloudtrail-events'): LogsLogGroupSubscriptions => ({
  logGroupName,
  logGroupExists: true,
  filters: [],
});

const inventory = (trails: CloudTrailTrail[], groups: LogsLogGroupSubscriptions[]) =>
  new InventoryBuilder()
    .regional('us-east-1', 'cloudtrail.trails', trails)
    .regional('us-east-1', 'logs.subscriptionFilters', groups)
    .build();
const noOrg = { management: { inventory: inventory([], []) } };
const orgTrail = cloudTrailTrail({
  name: 'org-trail',
  ownerAccountId: MANAGEMENT,
  isOrganizationTrail: true,
  cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${MANAGEMENT}:log-group:org-events:*`,
});

describe('logs-cloudtrail-log-group-subscribed', () => {
  it("passes when the account's trail log group has a subscription filter", () => {
    const [finding] = evaluate(
      logsCloudtrailLogGroupSubscribed,
      inventory([cloudTrailTrail()], [subscribed()]),
      {
        org: noOrg,
      },
    );
    expect(finding).toMatchObject({ status: 'PASS', evidence: { logGroup: 'cloudtrail-events' } });
    expect(finding?.message).toContain('streams to arn:aws:lambda:us-east-1:111111111111:function:siem');
  });

  it("passes a member through the organization trail's subscribed log group in the management account", () => {
    const org = { management: { inventory: inventory([orgTrail], [subscribed('org-events')]) } };
    const [finding] = evaluate(logsCloudtrailLogGroupSubscribed, inventory([], []), { org });
    expect(finding?.status).toBe('PASS');
    expect(finding?.message).toMatch(/^Covered by organization trail .*org-trail: log group org-events/);
  });

  it('fails when the log group has no subscription, or the trail does not deliver to CloudWatch Logs', () => {
    const trails = [cloudTrailTrail(), cloudTrailTrail({ name: 'no-cwl', cloudWatchLogsLogGroupArn: null })];
    const [finding] = evaluate(logsCloudtrailLogGroupSubscribed, inventory(trails, [unsubscribed()]), {
      org: noOrg,
    });
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('log group cloudtrail-events of trail');
    expect(finding?.message).toContain('no-cwl does not send its events to CloudWatch Logs');
  });

  it('fails when the trail names a log group that no longer exists', () => {
    const gone = { logGroupName: 'cloudtrail-events', logGroupExists: false, filters: [] };
    const [finding] = evaluate(logsCloudtrailLogGroupSubscribed, inventory([cloudTrailTrail()], [gone]), {
      org: noOrg,
    });
    expect(finding?.message).toContain('which does not exist');
  });

  it('only counts trails that log all management events of every region', () => {
    const regional = cloudTrailTrail({ isMultiRegion: false });
    const [finding] = evaluate(logsCloudtrailLogGroupSubscribed, inventory([regional], [subscribed()]), {
      org: noOrg,
    });
    expect(finding).toMatchObject({ status: 'FAIL', message: expect.stringContaining('is single-region') });
  });

  it('is an ERROR when the trail log group was not among the groups collected', () => {
    const [finding] = evaluate(logsCloudtrailLogGroupSubscribed, inventory([cloudTrailTrail()], []), {
      org: noOrg,
    });
    expect(finding).toMatchObject({ status: 'ERROR', errorCode: 'NotCollected' });
  });

  it('fails an account with no trail', () => {
    expect(evaluate(logsCloudtrailLogGroupSubscribed, inventory([], []), { org: noOrg })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('(the account has no trail)') },
    ]);
  });

  it('is an ERROR when the subscription filters of the trail log group could not be read', () => {
    const failing = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [cloudTrailTrail()])
      .regionalError(
        'us-east-1',
        'logs.subscriptionFilters',
        'AccessDeniedException',
        'logs:DescribeSubscriptionFilters',
      )
      .build();
    expect(evaluate(logsCloudtrailLogGroupSubscribed, failing, { org: noOrg })).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
