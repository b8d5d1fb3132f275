import { parseLogGroupArn } from '../../inventory/logs.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import {
  coveringTrails,
  managementCoverageGap,
  readAt,
  type TrailView,
  trailLabel,
  type Unreadable,
  unreadableError,
} from '../cloudtrail/trail-coverage.js';

type Outcome =
  | { readonly kind: 'subscribed'; readonly message: string; readonly logGroup: string }
  | { readonly kind: 'gap'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly unreadable: Unreadable };

export const logsCloudtrailLogGroupSubscribed = defineCheck({
  id: 'logs-cloudtrail-log-group-subscribed',
  title: 'CloudTrail events are processed in near real time (subscription on the trail log group)',
  service: 'logs',
  severity: 'low',
  scope: 'global',
  requires: ['cloudtrail.trails', 'logs.subscriptionFilters'],
  orgRequires: ['cloudtrail.trails', 'logs.subscriptionFilters'],
  compliance: { 'account-checklist': ['14'] },
  remediation: {
    text:
      'Subscribe the CloudWatch Logs group of the multi-region (or organization) trail to a Lambda function, ' +
      'Kinesis stream or Firehose that processes events as they arrive.',
    cli: 'aws logs put-subscription-filter --log-group-name <group> --filter-name <name> --filter-pattern "" --destination-arn <arn>',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html',
  },
  evaluate(ctx) {
    const coverage = coveringTrails(ctx);
    const judge = (view: TrailView): Outcome => {
      const gap = managementCoverageGap(view.trail);
      if (gap) return { kind: 'gap', reason: `${trailLabel(view)} ${gap}` };
      const arn = view.trail.cloudWatchLogsLogGroupArn;
      const group = arn ? parseLogGroupArn(arn) : null;
      if (!group)
        return { kind: 'gap', reason: `${trailLabel(view)} does not send its events to CloudWatch Logs` };
      const slice = readAt(ctx, 'logs.subscriptionFilters', group.accountId, group.region);
      if (!slice.ok) {
        return {
          kind: 'unreadable',
          unreadable: { accountId: group.accountId, region: group.region, error: slice.error },
        };
      }
      const subscriptions = slice.value.find((entry) => entry.logGroupName === group.name);
      if (!subscriptions) {
        // The collector reads the groups of the trails homed in the group's region; this one was not among them.
        const error = {
          code: 'NotCollected',
          message: `subscription filters of log group ${group.name} were not collected`,
          operation: 'logs:DescribeSubscriptionFilters',
        };
        return {
          kind: 'unreadable',
          unreadable: { accountId: group.accountId, region: group.region, error },
        };
      }
      if (!subscriptions.logGroupExists) {
        return {
          kind: 'gap',
          reason: `${trailLabel(view)} sends to log group ${group.name}, which does not exist`,
        };
      }
      const [first] = subscriptions.filters;
      if (!first) {
        return {
          kind: 'gap',
          reason: `log group ${group.name} of ${trailLabel(view)} has no subscription filter`,
        };
      }
      const via = view.viaOrganization
        ? `Covered by organization trail ${view.trail.arn}`
        : trailLabel(view, true);
      return {
        kind: 'subscribed',
        logGroup: group.name,
        message: `${via}: log group ${group.name} streams to ${first.destinationArn} (subscription filter ${first.filterName}).`,
      };
    };

    const outcomes = coverage.items.map(judge);
    const subscribed = outcomes.find((outcome) => outcome.kind === 'subscribed');
    if (subscribed) return [pass(ctx.scopeResource, subscribed.message, { logGroup: subscribed.logGroup })];
    const finding = 'No trail log group has a subscription filter processing CloudTrail events';
    const unreadable = [
      ...coverage.unreadable,
      ...outcomes.flatMap((outcome) => (outcome.kind === 'unreadable' ? [outcome.unreadable] : [])),
    ];
    if (unreadable.length > 0) return [unreadableError(ctx, unreadable, finding)];
    const reasons = outcomes.flatMap((outcome) => (outcome.kind === 'gap' ? [outcome.reason] : []));
    const detail = reasons.length > 0 ? `: ${reasons.join('; ')}` : ' (the account has no trail)';
    return [fail(ctx.scopeResource, `${finding}${detail}.`, { trailsExamined: coverage.items.length })];
  },
});
