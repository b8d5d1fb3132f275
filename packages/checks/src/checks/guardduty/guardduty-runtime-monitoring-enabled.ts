import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.11: the detector's RUNTIME_MONITORING feature is ENABLED. */
export const guarddutyRuntimeMonitoringEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-runtime-monitoring-enabled',
    title: 'GuardDuty Runtime Monitoring is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.11'] },
    remediation: {
      text: 'Enable Runtime Monitoring on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=RUNTIME_MONITORING,Status=ENABLED' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  { name: 'Runtime Monitoring', anyOf: [{ feature: 'RUNTIME_MONITORING' }] },
);
