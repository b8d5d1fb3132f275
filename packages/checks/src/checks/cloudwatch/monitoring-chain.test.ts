import { describe, expect, it } from 'vitest';
import {
  cloudTrailTrail,
  cloudWatchAlarm,
  evaluate,
  FIXTURE_ORG,
  InventoryBuilder,
  logsMetricFilter,
  snsTopic,
  snsTopicArn,
} from '../../fixtures/index.js';
import { CIS_METRIC_FILTERS } from '../../metric-filters/cis-metric-filters.js';
import { cloudwatchCmkDeletionMonitored } from './cloudwatch-cmk-deletion-monitored.js';
import { cloudwatchRootUsageMonitored as rootUsage } from './cloudwatch-root-usage-monitored.js';
import {
  completeChain,
  type MonitoringPieces,
  monitoringInventory,
} from './test-support/monitoring-inventory.js';

const ROOT_PATTERN = CIS_METRIC_FILTERS.find((c) => c.controlId === '5.3')!.recommendedPattern;
const MANAGEMENT = FIXTURE_ORG.managementAccountId!;
const noOrg = { management: { inventory: new InventoryBuilder().build() } };
const orgTrail = {
  name: 'org-trail',
  isOrganizationTrail: true,
  cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${MANAGEMENT}:log-group:cloudtrail-events:*`,
};

/** The fixture account's chain for root usage, with one link replaced. */
function judge(change: Partial<MonitoringPieces>, org: object = noOrg) {
  return evaluate(rootUsage, monitoringInventory({ ...completeChain(ROOT_PATTERN), ...change }), { org });
}

describe('the CIS 5.x monitoring chain', () => {
  it('passes on a complete chain and says which links make it', () => {
    const [finding] = judge({});
    expect(finding?.status).toBe('PASS');
    expect(finding?.message).toBe(
      'Trail arn:aws:cloudtrail:us-east-1:111111111111:trail/main-trail: metric filter cis-metric on log group ' +
        'cloudtrail-events → alarm cis-metric → SNS topic arn:aws:sns:us-east-1:111111111111:security-alerts ' +
        '(1 confirmed subscription).',
    );
    expect(finding?.evidence).toEqual({
      trailArn: 'arn:aws:cloudtrail:us-east-1:111111111111:trail/main-trail',
      logGroup: 'cloudtrail-events',
      metricFilter: 'cis-metric',
      alarm: 'cis-metric',
      topicArn: 'arn:aws:sns:us-east-1:111111111111:security-alerts',
    });
  });

  it("passes a member through the organization trail's chain in the management account", () => {
    const management = monitoringInventory(completeChain(ROOT_PATTERN, MANAGEMENT, orgTrail));
    const [finding] = evaluate(rootUsage, monitoringInventory({}), {
      org: { management: { inventory: management } },
    });
    expect(finding?.message).toMatch(
      new RegExp(
        `^Covered by organization trail arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:trail/org-trail: `,
      ),
    );
  });

  it('passes the management account on its own organization trail', () => {
    const own = monitoringInventory(
      completeChain(ROOT_PATTERN, '111111111111', { isOrganizationTrail: true }),
    );
    expect(
      evaluate(rootUsage, own, {
        account: { isManagementAccount: true },
        org: { managementAccountId: '111111111111', management: { inventory: own } },
      }),
    ).toMatchObject([{ status: 'PASS' }]);
  });

  it("passes on the member's own chain when the organization chain is broken (either one satisfies)", () => {
    const broken = { ...completeChain(ROOT_PATTERN, MANAGEMENT, orgTrail), topics: [] };
    const [finding] = evaluate(rootUsage, monitoringInventory(completeChain(ROOT_PATTERN)), {
      org: { management: { inventory: monitoringInventory(broken) } },
    });
    expect(finding?.status).toBe('PASS');
    expect(finding?.message).toMatch(/^Trail arn:aws:cloudtrail:us-east-1:111111111111/);
  });

  it('fails at the trail when none logs all read and write management events in every region', () => {
    expect(judge({ trails: [cloudTrailTrail({ isLogging: false })] })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('main-trail is not logging') },
    ]);
    expect(judge({ trails: [cloudTrailTrail({ managementEvents: 'write-only' })] })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('write-only management events only') },
    ]);
  });

  it('fails at the log group when the trail does not send to CloudWatch Logs', () => {
    expect(judge({ trails: [cloudTrailTrail({ cloudWatchLogsLogGroupArn: null })] })).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining('main-trail: its events are not sent to CloudWatch Logs'),
      },
    ]);
  });

  it('fails at the filter when no filter on the trail log group matches, or it sits on another group', () => {
    const [narrower] = judge({
      filters: [logsMetricFilter('cis-metric', '{ $.userIdentity.type = Root && $.x = y }')],
    });
    expect(narrower?.message).toContain('none of the 1 metric filters on log group cloudtrail-events');
    const elsewhere = logsMetricFilter('cis-metric', ROOT_PATTERN, { logGroupName: 'app-logs' });
    expect(judge({ filters: [elsewhere] })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('none of the 0 metric filters') },
    ]);
    expect(judge({ filters: [logsMetricFilter('cis-metric', 'Root')] })).toMatchObject([{ status: 'FAIL' }]);
  });

  it("fails at the alarm when no alarm watches the filter's metric, or its actions are disabled", () => {
    const otherNamespace = cloudWatchAlarm('cis-metric', { namespace: 'Other' });
    expect(judge({ alarms: [otherNamespace] })).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining('no alarm watches its metric (CISBenchmark/cis-metric)'),
      },
    ]);
    expect(judge({ alarms: [cloudWatchAlarm('cis-metric', { actionsEnabled: false })] })).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining(
          'alarm cis-metric on metric filter cis-metric has its actions disabled',
        ),
        evidence: { alarm: 'cis-metric' },
      },
    ]);
  });

  it('fails at the subscriber when the topic has only pending subscriptions, does not exist, or is not SNS', () => {
    const pending = snsTopic('security-alerts', { subscriptionsConfirmed: 0, subscriptionsPending: 2 });
    expect(judge({ topics: [pending] })).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining(
          'alarm cis-metric notifies no SNS topic with a confirmed subscription (security-alerts: 0 confirmed, 2 pending)',
        ),
      },
    ]);
    expect(judge({ topics: [] })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('security-alerts: no such topic') },
    ]);
    const autoscaling = cloudWatchAlarm('cis-metric', {
      alarmActions: ['arn:aws:autoscaling:us-east-1:111111111111:scalingPolicy:x'],
    });
    expect(judge({ alarms: [autoscaling] })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('(no SNS action)') },
    ]);
  });

  it('reports the link that got furthest when several trails are broken', () => {
    const management = monitoringInventory({
      ...completeChain(ROOT_PATTERN, MANAGEMENT, orgTrail),
      topics: [snsTopic('security-alerts', { accountId: MANAGEMENT, subscriptionsConfirmed: 0 })],
    });
    const [finding] = evaluate(
      rootUsage,
      monitoringInventory({ ...completeChain(ROOT_PATTERN), filters: [] }),
      {
        org: { management: { inventory: management } },
      },
    );
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('notifies no SNS topic with a confirmed subscription');
    expect(finding?.evidence).toMatchObject({
      trailArn: expect.stringContaining('org-trail'),
      trailsExamined: 2,
    });
  });

  it('is an ERROR, not a FAIL, when a link could not be read', () => {
    const pieces = completeChain(ROOT_PATTERN);
    const alarmsDenied = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', pieces.trails)
      .regional('us-east-1', 'logs.metricFilters', pieces.filters)
      .regionalError('us-east-1', 'cloudwatch.alarms', 'AccessDenied', 'cloudwatch:DescribeAlarms')
      .regional('us-east-1', 'sns.topics', pieces.topics)
      .build();
    expect(evaluate(rootUsage, alarmsDenied, { org: noOrg })).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });

  it('is an ERROR when the alarm notifies a topic of an account the scan does not read', () => {
    const elsewhere = cloudWatchAlarm('cis-metric', {
      alarmActions: [snsTopicArn('alerts', 'us-east-1', '222222222222')],
    });
    expect(judge({ alarms: [elsewhere] })).toMatchObject([{ status: 'ERROR', errorCode: 'NotCollected' }]);
  });

  it('is an ERROR when the management inventory is unavailable and the member has no chain of its own', () => {
    const denied = { error: { code: 'AccessDenied', message: 'denied', operation: 'sts:AssumeRole' } };
    expect(evaluate(rootUsage, monitoringInventory({}), { org: { management: denied } })).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });

  it('follows the log group to the region its ARN names', () => {
    const pieces = completeChain(ROOT_PATTERN, '111111111111', { homeRegion: 'eu-west-1' });
    const inventory = new InventoryBuilder()
      .regional('eu-west-1', 'cloudtrail.trails', pieces.trails)
      .regional('eu-west-1', 'logs.metricFilters', [])
      .regional('eu-west-1', 'cloudwatch.alarms', [])
      .regional('eu-west-1', 'sns.topics', [])
      .build();
    // The trail's log group ARN says eu-west-1, but the fixture's alarm and topic ARNs say us-east-1.
    expect(evaluate(rootUsage, inventory, { org: noOrg })).toMatchObject([{ status: 'FAIL' }]);
    const everything = monitoringInventory(
      {
        ...pieces,
        alarms: [cloudWatchAlarm('cis-metric', { region: 'eu-west-1' })],
        topics: [snsTopic('security-alerts', { region: 'eu-west-1' })],
      },
      'eu-west-1',
    );
    expect(evaluate(rootUsage, everything, { org: noOrg })).toMatchObject([{ status: 'PASS' }]);
  });

  it('5.7: a trail that excludes KMS events cannot feed the filter; other exclusions do not matter', () => {
    const pattern = CIS_METRIC_FILTERS.find((c) => c.controlId === '5.7')!.recommendedPattern;
    const withExclusions = (sources: string[]) =>
      evaluate(
        cloudwatchCmkDeletionMonitored,
        monitoringInventory(
          completeChain(pattern, '111111111111', { excludedManagementEventSources: sources }),
        ),
        { org: noOrg },
      );
    expect(withExclusions(['kms.amazonaws.com'])).toMatchObject([
      {
        status: 'FAIL',
        message: expect.stringContaining('excludes management events from kms.amazonaws.com'),
      },
    ]);
    expect(withExclusions(['rdsdata.amazonaws.com'])).toMatchObject([{ status: 'PASS' }]);
  });
});
