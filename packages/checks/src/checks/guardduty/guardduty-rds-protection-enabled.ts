import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.9: the detector's RDS_LOGIN_EVENTS feature is ENABLED. */
export const guarddutyRdsProtectionEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-rds-protection-enabled',
    title: 'GuardDuty RDS Protection is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.9'] },
    remediation: {
      text: 'Enable RDS Protection on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=RDS_LOGIN_EVENTS,Status=ENABLED' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  { name: 'RDS Protection', anyOf: [{ feature: 'RDS_LOGIN_EVENTS' }] },
);
