import { cloudwatchIamPolicyChangesMonitored } from './cloudwatch-iam-policy-changes-monitored.js';
import { monitoringCheckScenarios } from './test-support/monitoring-scenarios.js';

monitoringCheckScenarios(cloudwatchIamPolicyChangesMonitored, {
  controlId: '5.4',
  equivalent: '{ ($.eventName = "*Policy") || ($.eventName = "*PolicyVersion") }',
  narrower:
    '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) }',
});
