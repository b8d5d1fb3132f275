import { cloudwatchSecurityGroupChangesMonitored } from './cloudwatch-security-group-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchSecurityGroupChangesMonitored, {
  controlId: '5.10',
  equivalent:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  narrower:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) }',
});
