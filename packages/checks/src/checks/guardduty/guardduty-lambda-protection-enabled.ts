import { guardDutyProtectionCheck } from './guardduty-protection-check.js';

/** FSBP GuardDuty.6: the detector's LAMBDA_NETWORK_LOGS feature is ENABLED. */
export const guarddutyLambdaProtectionEnabled = guardDutyProtectionCheck(
  {
    id: 'guardduty-lambda-protection-enabled',
    title: 'GuardDuty Lambda Protection is enabled',
    severity: 'high',
    compliance: { 'aws-fsbp': ['GuardDuty.6'] },
    remediation: {
      text: 'Enable Lambda Protection on the detector of every region (for an organization, from the GuardDuty delegated administrator, with auto-enable for members).',
      cli: `aws guardduty update-detector --detector-id <detector id> --features 'Name=LAMBDA_NETWORK_LOGS,Status=ENABLED' --region <region>`,
      url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
    },
  },
  { name: 'Lambda Protection', anyOf: [{ feature: 'LAMBDA_NETWORK_LOGS' }] },
);
