import type * as CloudWatch from '@aws-sdk/client-cloudwatch';
import { loggingRegion } from '../state/area-state.js';
import { page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof CloudWatch>> = SimulatedAnswer<typeof CloudWatch, Op>;

/** Simulated CloudWatch: the metric alarms of `services.logging`. */
export const simulatedCloudWatch = {
  DescribeAlarms: (request): Answer<'DescribeAlarms'> => {
    const { AlarmTypes, NextToken, MaxRecords } = request.input;
    // Without AlarmTypes, DescribeAlarms answers metric alarms only.
    const wantsMetricAlarms = !AlarmTypes || AlarmTypes.includes('MetricAlarm');
    const alarms = wantsMetricAlarms ? (loggingRegion(request.caller, request.region).alarms ?? []) : [];
    const { items, next } = page(alarms, NextToken, MaxRecords ?? 50);
    return {
      MetricAlarms: items.map((alarm) => ({
        AlarmName: alarm.name,
        AlarmArn: `arn:aws:cloudwatch:${request.region}:${request.caller.id}:alarm:${alarm.name}`,
        ActionsEnabled: alarm.actionsEnabled,
        OKActions: [],
        AlarmActions: alarm.alarmActions,
        InsufficientDataActions: [],
        StateValue: alarm.state,
        MetricName: alarm.metricName,
        Namespace: alarm.namespace,
        Statistic: 'Sum',
        Dimensions: [],
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      })),
      CompositeAlarms: [],
      ...(next ? { NextToken: next } : {}),
    };
  },
} satisfies SimulatedService<typeof CloudWatch>;
