import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.13: EC2_AGENT_MANAGEMENT is ENABLED under an ENABLED RUNTIME_MONITORING feature. */
export const guarddutyEc2RuntimeMonitoringEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-ec2-runtime-monitoring-enabled',
    title: 'GuardDuty EC2 Runtime Monitoring with the agent managed is enabled',
    severity: 'medium',
    compliance: { 'aws-fsbp': ['GuardDuty.13'] },
    remediation: {
      text: 'Enable EC2 Runtime Monitoring on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=RUNTIME_MONITORING,Status=ENABLED,AdditionalConfiguration=[{Name=EC2_AGENT_MANAGEMENT,Status=ENABLED}]' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  {
    name: 'EC2 Runtime Monitoring',
    anyOf: [{ feature: 'RUNTIME_MONITORING', additional: 'EC2_AGENT_MANAGEMENT' }],
  },
);
