import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.12: ECS_FARGATE_AGENT_MANAGEMENT is ENABLED under an ENABLED RUNTIME_MONITORING feature. */
export const guarddutyEcsRuntimeMonitoringEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-ecs-runtime-monitoring-enabled',
    title: 'GuardDuty ECS Runtime Monitoring with the Fargate agent managed is enabled',
    severity: 'medium',
    compliance: { 'aws-fsbp': ['GuardDuty.12'] },
    remediation: {
      text: 'Enable ECS Runtime Monitoring on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=RUNTIME_MONITORING,Status=ENABLED,AdditionalConfiguration=[{Name=ECS_FARGATE_AGENT_MANAGEMENT,Status=ENABLED}]' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  {
    name: 'ECS Runtime Monitoring',
    anyOf: [{ feature: 'RUNTIME_MONITORING', additional: 'ECS_FARGATE_AGENT_MANAGEMENT' }],
  },
);
