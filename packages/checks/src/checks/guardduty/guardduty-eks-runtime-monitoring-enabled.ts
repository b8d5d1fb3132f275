import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.7: EKS_ADDON_MANAGEMENT is ENABLED under an ENABLED RUNTIME_MONITORING (or the older EKS_RUNTIME_MONITORING) feature. */
export const guarddutyEksRuntimeMonitoringEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-eks-runtime-monitoring-enabled',
    title: 'GuardDuty EKS Runtime Monitoring with automated agent management is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.7'] },
    remediation: {
      text: 'Enable EKS Runtime Monitoring on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=RUNTIME_MONITORING,Status=ENABLED,AdditionalConfiguration=[{Name=EKS_ADDON_MANAGEMENT,Status=ENABLED}]' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  {
    name: 'EKS Runtime Monitoring',
    anyOf: [
      { feature: 'RUNTIME_MONITORING', additional: 'EKS_ADDON_MANAGEMENT' },
      { feature: 'EKS_RUNTIME_MONITORING', additional: 'EKS_ADDON_MANAGEMENT' },
    ],
  },
);
