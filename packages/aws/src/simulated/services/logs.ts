import type * as Logs from '@aws-sdk/client-cloudwatch-logs';
import { simulatedError } from '../simulated-error.js';
import { loggingRegion } from '../state/area-state.js';
import { page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Logs>> = SimulatedAnswer<typeof Logs, Op>;

/**
 * Simulated operations of CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms,
 * SNS topics: answered from the caller's logging state, in the SDK's output shapes, paged like AWS.
 */
const HOUR_MS = 60 * 60 * 1000;

function logGroup(request: SimulatedRequest, name: string) {
  const group = (loggingRegion(request.caller, request.region).logGroups ?? []).find((g) => g.name === name);
  if (!group)
    throw simulatedError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
  return group;
}

/** Simulated CloudWatch Logs: log groups with metric and subscription filters (`services.logging`). */
export const simulatedLogs = {
  DescribeMetricFilters: (request): Answer<'DescribeMetricFilters'> => {
    const { logGroupName, filterNamePrefix, nextToken, limit } = request.input;
    const groups = logGroupName
      ? [logGroup(request, logGroupName)]
      : (loggingRegion(request.caller, request.region).logGroups ?? []);
    const filters = groups.flatMap((group) =>
      group.metricFilters
        .filter((filter) => !filterNamePrefix || filter.name.startsWith(filterNamePrefix))
        .map((filter) => ({
          filterName: filter.name,
          filterPattern: filter.pattern,
          metricTransformations: [
            { metricName: filter.metricName, metricNamespace: filter.metricNamespace, metricValue: '1' },
          ],
          creationTime: request.now.getTime() - 100 * 24 * HOUR_MS,
          logGroupName: group.name,
        })),
    );
    const { items, next } = page(filters, nextToken, limit ?? 50);
    return { metricFilters: items, ...(next ? { nextToken: next } : {}) };
  },
  DescribeSubscriptionFilters: (request): Answer<'DescribeSubscriptionFilters'> => {
    const { logGroupName, nextToken, limit } = request.input;
    const group = logGroup(request, requiredParameter(logGroupName, 'logGroupName'));
    const filters = group.subscriptionFilters.map((filter) => ({
      filterName: filter.name,
      logGroupName: group.name,
      filterPattern: '',
      destinationArn: filter.destinationArn,
      distribution: 'ByLogStream' as const,
      creationTime: request.now.getTime() - 100 * 24 * HOUR_MS,
    }));
    const { items, next } = page(filters, nextToken, limit ?? 50);
    return { subscriptionFilters: items, ...(next ? { nextToken: next } : {}) };
  },
} satisfies SimulatedService<typeof Logs>;
