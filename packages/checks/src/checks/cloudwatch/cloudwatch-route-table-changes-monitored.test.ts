import { cloudwatchRouteTableChangesMonitored } from './cloudwatch-route-table-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchRouteTableChangesMonitored, {
  controlId: '5.13',
  equivalent:
    '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  narrower:
    '{ ($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute* || $.eventName = DeleteRoute*) }',
});
