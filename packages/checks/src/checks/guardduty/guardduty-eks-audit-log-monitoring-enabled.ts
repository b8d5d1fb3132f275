import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.5: the detector's EKS_AUDIT_LOGS feature is ENABLED. */
export const guarddutyEksAuditLogMonitoringEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-eks-audit-log-monitoring-enabled',
    title: 'GuardDuty EKS Audit Log Monitoring is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.5'] },
    remediation: {
      text: 'Enable EKS Audit Log Monitoring on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=EKS_AUDIT_LOGS,Status=ENABLED' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  { name: 'EKS Audit Log Monitoring', anyOf: [{ feature: 'EKS_AUDIT_LOGS' }] },
);
