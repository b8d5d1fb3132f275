import { parseLogGroupArn } from '../../inventory/logs.js';
import type { RegionalSliceName, RegionalSlices } from '../../inventory/slices.js';
import type { CisMetricFilterControl } from '../../metric-filters/cis-metric-filter.js';
import { CIS_METRIC_FILTERS } from '../../metric-filters/cis-metric-filters.js';
import { type CheckDefinition, defineCheck, type EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, type Evidence, fail, pass } from '../../model/check-result.js';
import type { Severity } from '../../model/severity.js';
import {
  coveringTrails,
  exclusionGap,
  managementCoverageGap,
  readAt,
  type TrailView,
  trailLabel,
  type Unreadable,
  unreadableError,
} from '../cloudtrail/trail-coverage.js';
import { parseSnsTopicArn } from './sns-topic-arn.js';

/**
 * CIS v7.0.0 section 5: an event is monitored when a chain of five links is complete —
 * trail (multi-region, logging, all read and write management events) → its CloudWatch Logs group →
 * a metric filter on that group matching the control's events (judged by meaning) → a metric alarm on the
 * filter's metric with actions enabled → an SNS topic among the alarm actions with a confirmed subscription.
 * An organization trail's chain lives in the management account and covers every member; a member's own
 * trail's chain lives in the member. Either one complete chain passes.
 */
const CHAIN_SLICES = [
  'cloudtrail.trails',
  'logs.metricFilters',
  'cloudwatch.alarms',
  'sns.topics',
] as const satisfies readonly RegionalSliceName[];

export interface MonitoringCheckSpec {
  readonly id: string;
  readonly title: string;
  readonly controlId: string;
  readonly severity: Severity;
}

/** One CIS 5.x check: the control's events, its metadata, and the shared chain evaluation. */
export function monitoringCheck(spec: MonitoringCheckSpec): CheckDefinition {
  const control = CIS_METRIC_FILTERS.find((candidate) => candidate.controlId === spec.controlId);
  if (!control) throw new Error(`no CIS metric filter for control ${spec.controlId}`);
  return defineCheck({
    id: spec.id,
    title: spec.title,
    service: 'cloudwatch',
    severity: spec.severity,
    scope: 'global',
    requires: CHAIN_SLICES,
    orgRequires: CHAIN_SLICES,
    compliance: { 'cis-aws-7.0.0': [control.controlId], 'account-checklist': ['13', '15'] },
    remediation: {
      text:
        'Send a multi-region trail (or the organization trail) to CloudWatch Logs; on its log group add a metric ' +
        `filter for: ${control.title.toLowerCase()}; alarm on the filter's metric with actions enabled; and ` +
        'notify an SNS topic that has a confirmed subscription.',
      cli:
        'aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name <name> ' +
        `--metric-transformations metricName=<metric>,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${control.recommendedPattern}'`,
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    },
    evaluate: (ctx) => [evaluateMonitoring(ctx, control)],
  });
}

type Outcome =
  | { readonly kind: 'complete'; readonly message: string; readonly evidence: Evidence }
  /** depth: how far the chain got (0 trail, 1 log group, 2 metric filter, 3 alarm, 4 subscriber). */
  | { readonly kind: 'broken'; readonly depth: number; readonly message: string; readonly evidence: Evidence }
  | { readonly kind: 'unreadable'; readonly unreadable: readonly Unreadable[] };

function evaluateMonitoring(ctx: EvaluationContext, control: CisMetricFilterControl): CheckResult {
  const coverage = coveringTrails(ctx);
  const outcomes = coverage.items.map((view) => followChain(ctx, control, view));
  const complete = outcomes.find((outcome) => outcome.kind === 'complete');
  if (complete) return pass(ctx.scopeResource, complete.message, complete.evidence);

  const finding = `No complete monitoring chain for CIS ${control.controlId} (${control.title})`;
  const unreadable = [
    ...coverage.unreadable,
    ...outcomes.flatMap((outcome) => (outcome.kind === 'unreadable' ? outcome.unreadable : [])),
  ];
  if (unreadable.length > 0) return unreadableError(ctx, unreadable, finding);
  const deepest = outcomes
    .flatMap((outcome) => (outcome.kind === 'broken' ? [outcome] : []))
    .sort((a, b) => b.depth - a.depth)[0];
  if (!deepest) {
    return fail(ctx.scopeResource, `${finding}: no trail logs this account.`, { trailsExamined: 0 });
  }
  return fail(ctx.scopeResource, `${finding}: ${deepest.message}.`, {
    ...deepest.evidence,
    trailsExamined: coverage.items.length,
  });
}

type Read<K extends RegionalSliceName> =
  | { readonly ok: true; readonly value: RegionalSlices[K] }
  | { readonly ok: false; readonly unreadable: Unreadable };

/** A slice where a link of the chain lives: this account's, or the management account's. */
function read<K extends RegionalSliceName>(
  ctx: EvaluationContext,
  name: K,
  accountId: string,
  region: string,
): Read<K> {
  const result = readAt(ctx, name, accountId, region);
  return result.ok ? result : { ok: false, unreadable: { accountId, region, error: result.error } };
}

function followChain(ctx: EvaluationContext, control: CisMetricFilterControl, view: TrailView): Outcome {
  const label = trailLabel(view);
  const trailArn = view.trail.arn;
  // Past the trail itself, messages say whose chain broke: "organization trail arn:…: alarm … is disabled".
  const broken = (depth: number, message: string, evidence: Evidence = {}): Outcome => ({
    kind: 'broken',
    depth,
    message: depth === 0 ? message : `${label}: ${message}`,
    evidence: { trailArn, ...evidence },
  });

  // A trail leaving out the event source the control watches (KMS for 5.7) never sees its events.
  const gap =
    managementCoverageGap(view.trail) ??
    (control.eventSource ? exclusionGap(view.trail, [control.eventSource]) : null);
  if (gap) return broken(0, `${label} ${gap}`);

  const group = view.trail.cloudWatchLogsLogGroupArn
    ? parseLogGroupArn(view.trail.cloudWatchLogsLogGroupArn)
    : null;
  if (!group) return broken(1, 'its events are not sent to CloudWatch Logs');
  const logGroup = group.name;

  const filters = read(ctx, 'logs.metricFilters', group.accountId, group.region);
  if (!filters.ok) return { kind: 'unreadable', unreadable: [filters.unreadable] };
  const onGroup = filters.value.filter((filter) => filter.logGroupName === logGroup);
  const matching = onGroup.filter((filter) => filter.cisControlsSatisfied.includes(control.controlId));
  if (matching.length === 0) {
    return broken(
      2,
      `none of the ${onGroup.length} metric filters on log group ${logGroup} matches the control's events`,
      { logGroup },
    );
  }

  const alarms = read(ctx, 'cloudwatch.alarms', group.accountId, group.region);
  if (!alarms.ok) return { kind: 'unreadable', unreadable: [alarms.unreadable] };
  const metrics = matching.flatMap((filter) =>
    filter.metricTransformations.map((metric) => ({ filter: filter.filterName, ...metric })),
  );
  const watching = alarms.value.flatMap((alarm) => {
    const metric = metrics.find(
      (candidate) =>
        candidate.metricName === alarm.metricName && candidate.metricNamespace === alarm.namespace,
    );
    return metric ? [{ alarm, metric }] : [];
  });
  const firstMetric = metrics[0];
  const filterEvidence = { logGroup, metricFilter: matching[0]!.filterName };
  if (watching.length === 0) {
    const metricName = firstMetric ? `${firstMetric.metricNamespace}/${firstMetric.metricName}` : 'no metric';
    return broken(
      3,
      `metric filter ${matching[0]!.filterName} on log group ${logGroup} matches its events, but no alarm watches its metric (${metricName})`,
      filterEvidence,
    );
  }
  const enabled = watching.filter(({ alarm }) => alarm.actionsEnabled);
  if (enabled.length === 0) {
    const { alarm, metric } = watching[0]!;
    return broken(3, `alarm ${alarm.name} on metric filter ${metric.filter} has its actions disabled`, {
      ...filterEvidence,
      alarm: alarm.name,
    });
  }

  const unreadable: Unreadable[] = [];
  const notified: string[] = [];
  for (const { alarm, metric } of enabled) {
    for (const action of alarm.alarmActions) {
      const topicRef = parseSnsTopicArn(action);
      if (!topicRef) continue;
      const topics = read(ctx, 'sns.topics', topicRef.accountId, topicRef.region);
      if (!topics.ok) {
        unreadable.push(topics.unreadable);
        continue;
      }
      const topic = topics.value.find((candidate) => candidate.arn === action);
      if (topic && topic.subscriptionsConfirmed > 0) {
        const via = view.viaOrganization ? `Covered by organization trail ${trailArn}` : `Trail ${trailArn}`;
        const plural = topic.subscriptionsConfirmed === 1 ? '' : 's';
        return {
          kind: 'complete',
          message:
            `${via}: metric filter ${metric.filter} on log group ${logGroup} → alarm ${alarm.name} → ` +
            `SNS topic ${topic.arn} (${topic.subscriptionsConfirmed} confirmed subscription${plural}).`,
          evidence: {
            trailArn,
            logGroup,
            metricFilter: metric.filter,
            alarm: alarm.name,
            topicArn: topic.arn,
          },
        };
      }
      notified.push(
        topic
          ? `${topic.name}: ${topic.subscriptionsConfirmed} confirmed, ${topic.subscriptionsPending} pending`
          : `${action}: no such topic`,
      );
    }
  }
  if (unreadable.length > 0) return { kind: 'unreadable', unreadable };
  const alarmNames = enabled.map(({ alarm }) => alarm.name).join(', ');
  const topics = notified.length > 0 ? ` (${notified.join('; ')})` : ' (no SNS action)';
  return broken(4, `alarm ${alarmNames} notifies no SNS topic with a confirmed subscription${topics}`, {
    ...filterEvidence,
    alarm: enabled[0]!.alarm.name,
  });
}
