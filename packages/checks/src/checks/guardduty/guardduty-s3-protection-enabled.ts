import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.10: the detector's S3_DATA_EVENTS feature is ENABLED. */
export const guarddutyS3ProtectionEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-s3-protection-enabled',
    title: 'GuardDuty S3 Protection is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.10'] },
    remediation: {
      text: 'Enable S3 Protection on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=S3_DATA_EVENTS,Status=ENABLED' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  { name: 'S3 Protection', anyOf: [{ feature: 'S3_DATA_EVENTS' }] },
);
